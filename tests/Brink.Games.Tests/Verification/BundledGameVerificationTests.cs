using Brink.Games.Formats;
using Brink.Games.Solvers.Enumeration;
using Brink.Games.Solvers.Lemke;
using Brink.Games.Solvers.LinearProgramming;
using Brink.Games.Solvers.QuantalResponse;
using Brink.Games.Tests.Formats;
using Brink.Games.Tests.Solvers;
using Brink.Games.Verification;

namespace Brink.Games.Tests.Verification;

/// <summary>Every answer every method gives on the bundled games passes the independent equilibrium check.</summary>
public class BundledGameVerificationTests
{
    /// <summary>Logit takes seconds on this one in a debug build (see LogitConformanceTests).</summary>
    private const string SlowLogitGame = "rand2p-60x60.nfg";

    /// <summary>
    /// Gambit's logit branch on this game turns back and ends at λ &lt; 0 (data/games/expected/2x2x2.nfg.logit.txt:
    /// 0.5,0.5,0.5,0.5,0.574046,0.425954), where player 3 gains 0.426 × (3.5 − 3) by playing its first strategy.
    /// </summary>
    private const string NonEquilibriumLogitGame = "2x2x2.nfg";

    public static TheoryData<string, string> Small() => Cases(large: false);

    public static TheoryData<string, string> Large() => Cases(large: true);

    [Theory]
    [MemberData(nameof(Small))]
    public void VerifyAll_BundledGame_EveryAnswerIsAnEquilibrium(string name, string method) => AssertVerified(name, method);

    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(Large))]
    public void VerifyAll_LargeBundledGame_EveryAnswerIsAnEquilibrium(string name, string method) => AssertVerified(name, method);

    [Fact]
    public void VerifyAll_LogitEndPointOn2x2x2_IsNotAnEquilibrium()
    {
        var game = GameFile.Load(GameFiles.PathOf(NonEquilibriumLogitGame));
        var verdict = Assert.Single(EquilibriumVerifier.VerifyAll(game, Logit.Solve(game.NormalForm!)));
        Assert.False(verdict.IsEquilibrium);
        Assert.Equal(3, verdict.Player);
        Assert.Equal(0.213, verdict.Regret, 3);
    }

    private static void AssertVerified(string name, string method)
    {
        var game = GameFile.Load(GameFiles.PathOf(name));
        var result = method switch
        {
            "enumpure" => ExpectedSolutions.Run(name, EnumPure.Solve, EnumPure.Solve),
            "enummixed" => ExpectedSolutions.Run(name, EnumMixed.Solve, EnumMixed.Solve),
            "lcp" => ExpectedSolutions.Run(name, Lcp.Solve, Lcp.Solve),
            "lp" => ExpectedSolutions.Run(name, Lp.Solve, Lp.Solve),
            _ => ExpectedSolutions.Run(name, Logit.Solve, Logit.Solve),
        };
        foreach (var verdict in EquilibriumVerifier.VerifyAll(game, result))
        {
            Assert.True(verdict.IsEquilibrium, $"{name}: {verdict.Describe(method)}");
        }
    }

    private static TheoryData<string, string> Cases(bool large)
    {
        var data = new TheoryData<string, string>();
        foreach (var method in new[] { "enumpure", "enummixed", "lcp", "lp", "logit" })
        {
            foreach (var name in GameFiles.Names.Where(n => File.Exists(ExpectedSolutions.ExpectedPath(n, method))))
            {
                bool slow = ExpectedSolutions.Large.Contains(name) || (method == "logit" && name == SlowLogitGame);
                if (slow == large && !(name == NonEquilibriumLogitGame && method == "logit"))
                {
                    data.Add(name, method);
                }
            }
        }

        return data;
    }
}
