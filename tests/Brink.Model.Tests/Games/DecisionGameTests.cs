using Brink.Games.ExtensiveForm;
using Brink.Games.Solvers.QuantalResponse;
using Brink.Model.Games;
using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Tests.Games;

public sealed class DecisionGameTests
{
    private static readonly Lazy<ModelPack> Iran = new(() => PackLoader.Load(RepoPaths.IranPack));

    public static TheoryData<string> CaseFiles() => [.. Directory.GetFiles(RepoPaths.IranCases, "*.yaml").Select(f => Path.GetFileName(f)!).Order()];

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void Tree_SolvesLikeTheExactGameBuiltNodeByNode(string file)
    {
        // The solved tree fills a shared shape; the exact game is built independently from node specs. If a
        // payoff or probability went to the wrong node, their agent QREs would differ by far more than the
        // exact game's 1e-6 rounding of payoffs.
        var game = DecisionGame.Compile(SituationLoader.Load(Path.Combine(RepoPaths.IranCases, file)), Iran.Value);
        double lambda = Iran.Value[ParameterCatalog.Lambda];
        var fast = AgentLogit.AtLambda(game.Tree, lambda);
        var exact = AgentLogit.AtLambda(AgentTree.FromGame(game.Game), lambda);
        Assert.Equal(exact.Length, fast.Length);
        for (int agent = 0; agent < fast.Length; agent++)
        {
            for (int a = 0; a < fast[agent].Length; a++)
            {
                Assert.Equal(exact[agent][a], fast[agent][a], 4);
            }
        }
    }

    [Fact]
    public void Tree_IsAnAgentLogitFixedPoint()
    {
        // At the solution each agent's choice is the logit response to its action values under that solution.
        var game = DecisionGame.Compile(SituationLoader.Load(Path.Combine(RepoPaths.IranCases, "soleimani-2020.yaml")), Iran.Value);
        double lambda = Iran.Value[ParameterCatalog.Lambda];
        var sigma = AgentLogit.AtLambda(game.Tree, lambda);
        var again = AgentLogit.AtLambda(game.Tree, lambda, sigma, out int sweeps);
        Assert.Equal(1, sweeps);
        Assert.All(sigma.Zip(again).SelectMany(p => p.First.Zip(p.Second)), p => Assert.Equal(p.First, p.Second, 12));
    }

    [Fact]
    public void WithValues_ChanceNotSummingToOne_IsRejected()
    {
        var tree = DecisionGame.Compile(SituationLoader.Load(Path.Combine(RepoPaths.IranCases, "soleimani-2020.yaml")), Iran.Value).Tree;
        var chance = Enumerable.Repeat(1.0, tree.NodeCount).ToArray();
        Assert.Throws<ArgumentException>(() => tree.WithValues(chance, new double[tree.NodeCount * 2]));
    }
}
