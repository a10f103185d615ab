using Brink.Games.Formats;
using Brink.Games.Solvers.CounterfactualRegret;
using Brink.Games.Tests.Formats;
using Brink.Games.Verification;
using FsCheck;
using FsCheck.Fluent;

namespace Brink.Games.Tests.Verification;

/// <summary>
/// CFR on random two-player zero-sum trees (chance nodes, payoffs at non-terminal nodes, reused outcomes,
/// information sets spanning chance branches): every variant's average profile passes the independent check at the
/// ε it states, and that ε is honest — the verifier's own best replies never find more regret than CFR reported.
/// </summary>
public class CfrVerificationProperties
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Theory]
    [InlineData(CfrVariant.Vanilla, 150)]
    [InlineData(CfrVariant.Plus, 300)]
    [InlineData(CfrVariant.Linear, 150)]
    [InlineData(CfrVariant.Discounted, 150)]
    public void Solve_RandomZeroSumTrees_StatedExploitabilityVerifies(CfrVariant variant, int games)
    {
        int spanning = 0;
        Check.One(PropertyConfig.WithTests(games), Prop.ForAll(Seeds, seed =>
        {
            var tree = RandomSolvableGames.Tree(new Random(seed), 2, zeroSum: true);
            spanning += tree.InformationSets.Count(s => !s.IsChance && s.Members.Length > 1);
            var result = Cfr.Solve(tree, new CfrOptions { Variant = variant, Iterations = 200 });
            var loaded = LoadedGame.FromExtensiveForm("random.efg", tree);
            Assert.NotNull(result.Tolerance);
            foreach (var verdict in EquilibriumVerifier.VerifyAll(loaded, result, result.Tolerance!.Value))
            {
                Assert.True(verdict.IsEquilibrium, $"seed {seed}: {verdict.Describe("cfr")}");
            }

            return true;
        }));
        Assert.True(spanning >= games / 2, $"only {spanning} information sets with more than one node");
    }

    [Fact]
    public void Solve_RandomZeroSumTrees_ConvergeToTheTargetExploitability()
    {
        // Stopping by exploitability must really reach it: the stated ε is at most the target on every tree.
        Check.One(PropertyConfig.WithTests(100), Prop.ForAll(Seeds, seed =>
        {
            var tree = RandomSolvableGames.Tree(new Random(seed), 2, zeroSum: true);
            var result = Cfr.Solve(tree, new CfrOptions { TargetExploitability = 1e-4, MaxIterations = 200_000 });
            var loaded = LoadedGame.FromExtensiveForm("random.efg", tree);
            Assert.DoesNotContain("cap reached", result.Diagnostics[0], StringComparison.Ordinal);
            Assert.True(result.Tolerance <= (2 * 1e-4 * (1 + 1e-9)) + 1e-12, $"seed {seed}: {result.Diagnostics[0]}");
            foreach (var verdict in EquilibriumVerifier.VerifyAll(loaded, result, result.Tolerance!.Value))
            {
                Assert.True(verdict.IsEquilibrium, $"seed {seed}: {verdict.Describe("cfr")}");
            }

            return true;
        }));
    }
}
