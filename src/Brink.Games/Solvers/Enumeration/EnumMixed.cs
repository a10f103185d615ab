using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;
using Brink.Games.Numerics;
using Brink.Games.Profiles;
using Brink.Games.Solvers.Lemke;

namespace Brink.Games.Solvers.Enumeration;

/// <summary>
/// Gambit's <c>gambit-enummixed</c>: all extreme Nash equilibria of a two-player game, exactly, by vertex
/// enumeration of the best-response polytopes P = {x ≥ 0 : Bᵀx ≤ 1} and Q = {y ≥ 0 : Ay ≤ 1} (payoffs shifted
/// positive): a pair of vertices (x, y) ≠ (0, 0) whose labels together cover every pure strategy is an
/// equilibrium after normalising x and y (Avis, Rosenberg, Savani, von Stengel 2010). On a tree it works on the
/// reduced normal form, as Gambit does. Stateless.
/// </summary>
public static class EnumMixed
{
    /// <summary>The method name reported in results.</summary>
    public const string MethodName = "enummixed";

    /// <summary>Every extreme equilibrium; throws <see cref="SolverNotApplicableException"/> unless two players.</summary>
    public static SolverResult Solve(NormalFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        if (game.PlayerCount != 2)
        {
            throw new SolverNotApplicableException($"enummixed needs a two-player game; this one has {game.PlayerCount} players.");
        }

        var (rowPayoffs, columnPayoffs) = Lcp.Bimatrix(game);
        int m = game.StrategyCount(0), n = game.StrategyCount(1);
        var a = IntegerMatrices.ScaledAndShifted(rowPayoffs, BigInteger.One);
        var b = IntegerMatrices.ScaledAndShifted(columnPayoffs, BigInteger.One);

        // P's rows are the column player's strategies: (Bᵀx)_j ≤ 1. Labels: i for x_i = 0, m + j for row j tight.
        var bt = new BigInteger[n, m];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                bt[j, i] = b[i, j];
            }
        }

        var p = PolytopeVertices.Enumerate(bt).Where(v => !v.IsOrigin).ToList();

        // Q's rows are the row player's strategies: (Ay)_i ≤ 1. Its own labels are y_j = 0 → j, row i tight → n + i;
        // renumbered to the common scheme: y_j = 0 is label m + j, row i tight is label i.
        var q = PolytopeVertices.Enumerate(a).Where(v => !v.IsOrigin)
            .Select(v => (Vertex: v, Labels: Renumber(v.Labels, n, m))).ToList();
        UInt128 all = (UInt128.One << (m + n)) - 1;
        var equilibria = new List<Profile>();
        foreach (var x in p)
        {
            foreach (var (y, labels) in q)
            {
                if ((x.Labels | labels) == all)
                {
                    equilibria.Add(Profile.FromExact(ProfileKind.Mixed, [Normalise(x.Numerators), Normalise(y.Numerators)]));
                }
            }
        }

        return new SolverResult(MethodName, [.. equilibria], true,
            [string.Create(CultureInfo.InvariantCulture, $"vertices={p.Count}x{q.Count}")]);
    }

    /// <summary>Extreme equilibria of a tree's reduced normal form (mixed over reduced strategies, as Gambit prints them).</summary>
    public static SolverResult Solve(ExtensiveFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        if (game.PlayerCount != 2)
        {
            throw new SolverNotApplicableException($"enummixed needs a two-player game; this one has {game.PlayerCount} players.");
        }

        return Solve(ReducedNormalForm.Tabulate(game));
    }

    /// <summary>Maps Q's labels (y_j = 0 → j, row i → n + i) to the common scheme (y_j = 0 → m + j, row i → i).</summary>
    private static UInt128 Renumber(UInt128 labels, int n, int m)
    {
        UInt128 result = 0;
        for (int j = 0; j < n; j++)
        {
            if (((labels >> j) & UInt128.One) != 0)
            {
                result |= UInt128.One << (m + j);
            }
        }

        for (int i = 0; i < m; i++)
        {
            if (((labels >> (n + i)) & UInt128.One) != 0)
            {
                result |= UInt128.One << i;
            }
        }

        return result;
    }

    private static ImmutableArray<Rational> Normalise(BigInteger[] numerators)
    {
        var total = numerators.Aggregate(BigInteger.Zero, (s, v) => s + v);
        return [.. numerators.Select(v => Rational.Create(v, total))];
    }
}
