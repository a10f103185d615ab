using System.Collections.Immutable;
using System.Globalization;
using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;
using Brink.Games.Numerics;
using Brink.Games.Profiles;
using Brink.Games.Solvers.Lemke;

namespace Brink.Games.Solvers.LinearProgramming;

/// <summary>
/// Gambit's <c>gambit-lp</c> for two-player constant-sum games, exactly. In a constant-sum game the equilibria
/// are exactly the pairs of optimal (maximin) strategies of the two players' linear programs, so any exact
/// complementary solution of the LP optimality conditions is one; this solves those conditions by
/// complementary pivoting (Lemke–Howson on the normal form, Lemke on the sequence form). Stateless.
/// </summary>
public static class Lp
{
    /// <summary>The method name reported in results.</summary>
    public const string MethodName = "lp";

    /// <summary>
    /// One pair of optimal mixed strategies. Throws <see cref="SolverNotApplicableException"/> unless the game has
    /// two players and is constant-sum.
    /// </summary>
    public static SolverResult Solve(NormalFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        if (game.PlayerCount != 2)
        {
            throw new SolverNotApplicableException($"lp needs a two-player game; this one has {game.PlayerCount} players.");
        }

        if (!game.IsConstantSum())
        {
            throw new SolverNotApplicableException("lp needs a constant-sum game; the payoffs do not sum to one constant.");
        }

        var (rowPayoffs, columnPayoffs) = Lcp.Bimatrix(game);
        var (a, b) = LemkeHowson.PositiveTables(rowPayoffs, columnPayoffs);

        // The path dropping label 0, pivoted in floating point; its end basis is solved exactly and kept when
        // feasible and complementary (see FloatingLemkeHowsonSearch), else the exact tableaus retrace it.
        var floating = FloatingLemkeHowson.AtArtificialEquilibrium(a, b);
        if (Lcp.UseFloatingPaths(a) && floating.TryFollowPath(0, 1000 * floating.LabelCount)
            && LemkeHowson.AtBasis(a, b, floating.Bases.First, floating.Bases.Second)?.Profile() is { } fast)
        {
            return new SolverResult(
                MethodName,
                [Profile.FromExact(ProfileKind.Mixed, fast)],
                true,
                [string.Create(CultureInfo.InvariantCulture, $"pivots={floating.Pivots}"), "path=floating, basis solved exactly"]);
        }

        var vertex = LemkeHowson.AtArtificialEquilibrium(a, b);
        vertex.FollowPath(0);
        var profile = vertex.Profile() ?? throw new InvalidOperationException("Lemke–Howson returned to the artificial equilibrium.");
        return new SolverResult(
            MethodName,
            [Profile.FromExact(ProfileKind.Mixed, profile)],
            true,
            [string.Create(CultureInfo.InvariantCulture, $"pivots={vertex.Pivots}"), "path=exact"]);
    }

    /// <summary>
    /// One pair of optimal behaviour strategies from the sequence form. Throws
    /// <see cref="SolverNotApplicableException"/> unless the tree has two players, perfect recall and constant sum.
    /// </summary>
    public static SolverResult Solve(ExtensiveFormGame game)
    {
        var form = SequenceForm.Create(game);
        if (!game.IsConstantSum())
        {
            throw new SolverNotApplicableException("lp needs a constant-sum game; the payoffs do not sum to one constant.");
        }

        // Lemke's path gives Gambit's optimum on small trees but can run to hundreds of thousands of pivots on
        // large ones (kuhn40: about 750,000); past a budget the simplex method, whose pivots grow with the tree, takes over.
        var (profile, notes) = Lcp.SequenceFormEquilibrium(game, form, FloatingPivotBudget(form), simplexWhenLong: true);
        return new SolverResult(MethodName, [profile], true, notes);
    }

    /// <summary>The floating Lemke pivots tried before the simplex method takes over: 20 per LCP row.</summary>
    internal static int FloatingPivotBudget(SequenceForm form) => 20 * SequenceFormLemke.Size(form);
}
