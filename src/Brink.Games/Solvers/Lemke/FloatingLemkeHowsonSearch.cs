using System.Numerics;
using Brink.Games.Numerics;
using Brink.Games.Profiles;

namespace Brink.Games.Solvers.Lemke;

/// <summary>
/// Gambit's search over Lemke–Howson paths on a bimatrix game (every label from the artificial equilibrium, then
/// every other label from each new equilibrium, depth first), pivoting in floating point. Each path end's basis
/// is solved exactly once (<see cref="LemkeHowson.AtBasis"/>): the printed equilibria are the exact vertices
/// of those bases. The search gives up, and the caller redoes it on the exact tableaus, as soon as a path fails
/// or ends on a basis that is infeasible or not complementary in exact arithmetic.
/// </summary>
internal static class FloatingLemkeHowsonSearch
{
    /// <summary>
    /// Adds the equilibria found, in Gambit's order, to <paramref name="found"/>; false (with
    /// <paramref name="found"/> partly filled) when the floating search failed.
    /// </summary>
    public static bool TryExplore(BigInteger[,] a, BigInteger[,] b, List<Rational[][]> found, ref int pivots)
    {
        var search = new Search(a, b, found);
        bool done = search.Explore(FloatingLemkeHowson.AtArtificialEquilibrium(a, b), -1);
        pivots = search.Pivots;
        return done;
    }

    private sealed class Search(BigInteger[,] a, BigInteger[,] b, List<Rational[][]> found)
    {
        // Exact end points by basis: many paths end on the same one. Only looked up, never enumerated.
        private readonly Dictionary<string, Rational[][]?> ends = new(StringComparer.Ordinal);

        // A lexicographic Lemke–Howson path visits each basis at most once; far past any path seen, it is lost.
        private readonly int maxPivots = 1000 * (a.GetLength(0) + a.GetLength(1));

        public int Pivots { get; private set; }

        public bool Explore(FloatingLemkeHowson vertex, int arrivedBy)
        {
            for (int label = 0; label < vertex.LabelCount; label++)
            {
                if (label == arrivedBy)
                {
                    continue;
                }

                var next = vertex.Clone();
                if (!next.TryFollowPath(label, maxPivots))
                {
                    return false;
                }

                Pivots += next.Pivots - vertex.Pivots;
                if (!TryEnd(next, out var profile))
                {
                    return false;
                }

                if (profile is null || found.Exists(f => Lcp.SameProfile(f, profile)))
                {
                    continue;
                }

                found.Add(profile);
                if (!Explore(next, label))
                {
                    return false;
                }
            }

            return true;
        }

        // The exact profile at the path's end basis (null at the artificial equilibrium); false when that basis
        // is not an exact complementary feasible one, so the floating path strayed.
        private bool TryEnd(FloatingLemkeHowson vertex, out Rational[][]? profile)
        {
            var (first, second) = vertex.Bases;
            string key = string.Join(',', first.Order()) + ";" + string.Join(',', second.Order());
            if (ends.TryGetValue(key, out profile))
            {
                return true;
            }

            if (LemkeHowson.AtBasis(a, b, first, second) is not { } exact)
            {
                return false;
            }

            profile = exact.Profile();
            ends[key] = profile;
            return true;
        }
    }
}
