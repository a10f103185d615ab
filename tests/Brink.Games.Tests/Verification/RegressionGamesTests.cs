using Brink.Games.Formats;
using Brink.Games.Solvers.Enumeration;
using Brink.Games.Solvers.Lemke;
using Brink.Games.Solvers.LinearProgramming;
using Brink.Games.Solvers.QuantalResponse;
using Brink.Games.Verification;

namespace Brink.Games.Tests.Verification;

/// <summary>
/// The trees on which lcp printed profiles that were not equilibria: every method's every answer now passes
/// the independent check.
/// </summary>
public class RegressionGamesTests
{
    /// <summary>Four empty cells left, X to move: wins, losses and draws (no outcome) all reachable.</summary>
    private const string MidGame = "XO.OX.X.O";

    /// <summary>Five empty cells, X to move.</summary>
    private const string EarlyGame = "X..OX...O";

    // enummixed is left out on the holdout: its 25 x 16 reduced normal form is degenerate enough that vertex
    // enumeration runs for minutes.
    public static TheoryData<string, string> Cases() => new()
    {
        { "holdout", "lcp" }, { "holdout", "enumpure" }, { "holdout", "logit" },
        { MidGame, "lcp" }, { MidGame, "lp" }, { MidGame, "enumpure" }, { MidGame, "enummixed" }, { MidGame, "logit" }, { MidGame, "spe" },
        { EarlyGame, "lcp" }, { EarlyGame, "lp" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Solve_ReportedKindOfTree_EveryAnswerIsAnEquilibrium(string game, string method)
    {
        var loaded = game == "holdout" ? RegressionGames.Holdout() : RegressionGames.TicTacToe(game);
        var tree = loaded.ExtensiveForm!;
        var result = method switch
        {
            "lcp" => Lcp.Solve(tree),
            "lp" => Lp.Solve(tree),
            "enumpure" => EnumPure.Solve(tree),
            "enummixed" => EnumMixed.Solve(tree),
            "spe" => EnumPure.SolveSubgamePerfect(tree),
            _ => Logit.Solve(tree),
        };
        Assert.NotEmpty(result.Equilibria);
        foreach (var verdict in EquilibriumVerifier.VerifyAll(loaded, result))
        {
            Assert.True(verdict.IsEquilibrium, verdict.Describe(method));
        }
    }

    [Fact]
    public void Holdout_AsReported_HasChanceOutcomesSpanningSetsAndReusedOutcomes()
    {
        var tree = RegressionGames.Holdout().ExtensiveForm!;
        Assert.Equal(2, tree.Players.Length);
        Assert.Contains(tree.Nodes, n => n.Kind == Brink.Games.ExtensiveForm.NodeKind.Chance && n.Outcome >= 0);
        Assert.Contains(tree.Nodes, n => n.Kind == Brink.Games.ExtensiveForm.NodeKind.Decision && n.Outcome >= 0);
        Assert.True(tree.Nodes.Count(n => n.Outcome >= 0) > tree.Outcomes.Length);
        Assert.All(tree.InformationSets.Where(s => !s.IsChance), s => Assert.Equal(2, s.Members.Length));
    }
}
