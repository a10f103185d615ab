using Brink.Games.NormalForm;

namespace Brink.Games.Solvers.SimplicialSubdivision;

/// <summary>
/// One pass of the variable-dimension simplicial algorithm (van der Laan and Talman 1979; on a product of simplices,
/// van der Laan, Talman and van der Heyden 1987) from a start v on a grid of mesh 1/m. For a set T of labels
/// (player, strategy), with T_i a proper subset of player i's strategies, the region A(T) holds the profiles
/// x_i = v_i + Σ_{j∈T_i} λ_ij (e_j − v_i), λ ≥ 0, Σ_j λ_ij ≤ 1. Each player's λ's, in the order their labels joined
/// T, are written as suffix sums s_i1 ≥ s_i2 ≥ … ≥ 0 with s_i1 ≤ m (λ = difference / m), and A(T) is triangulated by
/// Freudenthal's triangulation in those integer coordinates, which respects every face of the chain.
/// A point's label is the (player, strategy) with the largest gain z_ij = u_i(j, x₋ᵢ) − u_i(x), first in order on
/// ties. The path moves through simplices carrying every label of T; a new label joins T (one dimension up), a face
/// λ_ij = 0 drops (i, j) (one dimension down). It stops when some player holds all its labels, or at the far face
/// where a player's strategies outside T_i are all 0: in both cases nearby points give all of one player's labelled
/// strategies the largest gain, and since Σ_j x_ij z_ij = 0 that gain is ≈ 0, so every player's regret is ≈ 0.
/// </summary>
internal sealed class SimplicialPath
{
    private readonly NormalFormGame game;
    private readonly PayoffTable table;
    private readonly long[][] startNumerators;
    private readonly long startDenominator;
    private readonly long mesh;
    private readonly double goodEnough;
    private readonly List<(int Player, int Strategy)> coordinates = [];
    private readonly List<long[]> vertices = [];
    private readonly List<int> permutation = [];
    private readonly List<(int Player, int Strategy)> labels = [];

    /// <param name="game">The game.</param>
    /// <param name="table">Its payoffs in doubles.</param>
    /// <param name="startNumerators">v = startNumerators / startDenominator, per player.</param>
    /// <param name="startDenominator">The common denominator of the start.</param>
    /// <param name="mesh">m: the grid steps λ by 1/m.</param>
    /// <param name="goodEnough">A vertex whose largest gain is at most this ends the path at once.</param>
    public SimplicialPath(NormalFormGame game, PayoffTable table, long[][] startNumerators, long startDenominator, long mesh, double goodEnough)
    {
        this.goodEnough = goodEnough;
        this.game = game;
        this.table = table;
        this.startNumerators = startNumerators;
        this.startDenominator = startDenominator;
        this.mesh = mesh;
    }

    /// <summary>Simplices visited.</summary>
    public long Steps { get; private set; }

    /// <summary>
    /// Follows the path to its end and returns the numerators (over startDenominator × mesh) of the end simplex's
    /// vertex with the smallest regret; null if the path is longer than <paramref name="maxSteps"/> simplices.
    /// </summary>
    public long[][]? Follow(long maxSteps)
    {
        vertices.Add([]);
        labels.Add(Label(vertices[0]));
        int added = 0, remove = -1;
        while (++Steps <= maxSteps)
        {
            if (added >= 0)
            {
                var label = labels[added];
                if (lastGain <= goodEnough)
                {
                    // Also what keeps a pure start from stalling: a player at e_j whose own j is labelled has gain
                    // 0 there, so the vertex is an equilibrium, while moving towards e_j would not move at all.
                    return Numerators(vertices[added]);
                }

                if (coordinates.Contains(label))
                {
                    remove = OtherVertexWithLabel(added, label);
                }
                else if (coordinates.Count(c => c.Player == label.Player) + 1 == game.StrategyCount(label.Player))
                {
                    return BestVertex();
                }
                else
                {
                    added = RaiseDimension(label);
                    continue;
                }
            }

            added = Pivot(ref remove);
            if (added == FarFace)
            {
                return BestVertex();
            }
        }

        return null;
    }

    private const int FarFace = -1;
    private const int Lowered = -2;

    // Replaces vertex r by its reflection in the opposite facet (Freudenthal's pivot rules) and returns the new
    // vertex's index. When the facet lies on a face of A(T) instead: the far face ends the path (FarFace); a face
    // λ_ij = 0 drops (i, j), the facet becomes the simplex, and r becomes the vertex carrying (i, j) (Lowered).
    private int Pivot(ref int r)
    {
        int t = permutation.Count;
        long[] candidate = r == 0 ? Step(vertices[t], permutation[0], +1)
            : r == t ? Step(vertices[0], permutation[t - 1], -1)
            : Step(vertices[r - 1], permutation[r], +1);
        int violation = Violation(candidate);
        if (violation == NoViolation)
        {
            var label = Label(candidate);
            if (r == 0)
            {
                int moved = permutation[0];
                permutation.RemoveAt(0);
                permutation.Add(moved);
                vertices.RemoveAt(0);
                labels.RemoveAt(0);
                vertices.Add(candidate);
                labels.Add(label);
                return t;
            }

            if (r == t)
            {
                int moved = permutation[t - 1];
                permutation.RemoveAt(t - 1);
                permutation.Insert(0, moved);
                vertices.RemoveAt(t);
                labels.RemoveAt(t);
                vertices.Insert(0, candidate);
                labels.Insert(0, label);
                return 0;
            }

            (permutation[r - 1], permutation[r]) = (permutation[r], permutation[r - 1]);
            vertices[r] = candidate;
            labels[r] = label;
            return r;
        }

        vertices.RemoveAt(r);
        labels.RemoveAt(r);
        if (violation == FarFace)
        {
            return FarFace;
        }

        r = LowerDimension(violation);
        return Lowered;
    }

    private int LowerDimension(int coordinate)
    {
        var dropped = coordinates[coordinate];
        coordinates.RemoveAt(coordinate);
        for (int k = 0; k < vertices.Count; k++)
        {
            vertices[k] = [.. vertices[k].Where((_, c) => c != coordinate)];
        }

        // The facet's vertices still form a chain of unit steps once the dropped coordinate is gone.
        permutation.Clear();
        for (int k = 0; k + 1 < vertices.Count; k++)
        {
            int moved = -1;
            for (int c = 0; c < coordinates.Count; c++)
            {
                long difference = vertices[k + 1][c] - vertices[k][c];
                if (difference != 0)
                {
                    moved = difference == 1 && moved < 0 ? c : throw new InvalidOperationException("facet is not a Freudenthal simplex");
                }
            }

            permutation.Add(moved >= 0 ? moved : throw new InvalidOperationException("facet has repeated vertices"));
        }

        int next = labels.IndexOf(dropped);
        return next >= 0 ? next : throw new InvalidOperationException("dropped label missing from facet");
    }

    // The simplex is a facet of the one in A(T ∪ {label}) that adds the last vertex plus a unit step in the new
    // coordinate (appended last in its player's chain, so the old region is its face s_new = 0).
    private int RaiseDimension((int Player, int Strategy) label)
    {
        coordinates.Add(label);
        for (int k = 0; k < vertices.Count; k++)
        {
            vertices[k] = [.. vertices[k], 0];
        }

        var top = Step(vertices[^1], coordinates.Count - 1, +1);
        permutation.Add(coordinates.Count - 1);
        vertices.Add(top);
        labels.Add(Label(top));
        return vertices.Count - 1;
    }

    private const int NoViolation = -3;

    // FarFace when some player's s_1 exceeds m; the coordinate whose λ turned negative; or NoViolation.
    private int Violation(long[] vertex)
    {
        for (int player = 0; player < startNumerators.Length; player++)
        {
            long previous = mesh;
            int previousCoordinate = FarFace;
            for (int c = 0; c < coordinates.Count; c++)
            {
                if (coordinates[c].Player != player)
                {
                    continue;
                }

                if (vertex[c] > previous)
                {
                    return previousCoordinate;
                }

                previous = vertex[c];
                previousCoordinate = c;
            }

            if (previous < 0)
            {
                return previousCoordinate;
            }
        }

        return NoViolation;
    }

    private static long[] Step(long[] vertex, int coordinate, int sign)
    {
        var next = (long[])vertex.Clone();
        next[coordinate] += sign;
        return next;
    }

    private int OtherVertexWithLabel(int vertex, (int Player, int Strategy) label)
    {
        for (int k = 0; k < labels.Count; k++)
        {
            if (k != vertex && labels[k] == label)
            {
                return k;
            }
        }

        throw new InvalidOperationException("a duplicated label has no twin");
    }

    // The gain behind the label computed last (always the newest vertex's).
    private double lastGain;

    private (int Player, int Strategy) Label(long[] vertex)
    {
        var (player, strategy, gain) = table.LargestGain(ToDoubles(Numerators(vertex)));
        lastGain = gain;
        return (player, strategy);
    }

    private long[][] BestVertex()
    {
        long[][] best = [];
        double bestRegret = double.PositiveInfinity;
        foreach (var vertex in vertices)
        {
            var numerators = Numerators(vertex);
            double regret = table.MaxRegret(ToDoubles(numerators));
            if (regret < bestRegret)
            {
                (best, bestRegret) = (numerators, regret);
            }
        }

        return best;
    }

    // x_ih = v_ih (1 − s_i1/m) + λ_ih/m, as numerators over startDenominator × m.
    private long[][] Numerators(long[] vertex)
    {
        var result = new long[startNumerators.Length][];
        for (int player = 0; player < result.Length; player++)
        {
            long first = -1, previousValue = 0;
            int previousStrategy = -1;
            var x = new long[startNumerators[player].Length];
            for (int c = 0; c < coordinates.Count; c++)
            {
                if (coordinates[c].Player != player)
                {
                    continue;
                }

                first = first < 0 ? vertex[c] : first;
                if (previousStrategy >= 0)
                {
                    x[previousStrategy] = (previousValue - vertex[c]) * startDenominator;
                }

                (previousStrategy, previousValue) = (coordinates[c].Strategy, vertex[c]);
            }

            if (previousStrategy >= 0)
            {
                x[previousStrategy] = previousValue * startDenominator;
            }

            long scale = mesh - Math.Max(first, 0);
            for (int j = 0; j < x.Length; j++)
            {
                x[j] += startNumerators[player][j] * scale;
            }

            result[player] = x;
        }

        return result;
    }

    private double[][] ToDoubles(long[][] numerators)
    {
        double denominator = (double)startDenominator * mesh;
        return [.. numerators.Select(row => row.Select(v => v / denominator).ToArray())];
    }
}
