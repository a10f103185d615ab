using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;
using Brink.Games.Solvers.QuantalResponse;
using Brink.Games.Tests.Formats;

namespace Brink.Games.Tests.Solvers;

public class AgentLogitTests
{
    /// <summary>Matching pennies as a tree: player 2 moves without seeing player 1's choice.</summary>
    private static AgentTree MatchingPennies(double heads = 1)
    {
        var builder = new AgentTreeBuilder(2, [1, 2], [2, 2]);
        int root = builder.AddDecision(0);
        int[] second = new int[2];
        for (int a = 0; a < 2; a++)
        {
            second[a] = builder.AddDecision(1);
            builder.Link(root, second[a]);
            for (int b = 0; b < 2; b++)
            {
                double win = a == b ? (a == 0 ? heads : 1) : -1;
                builder.Link(second[a], builder.AddTerminal([win, -win]));
            }
        }

        return builder.Build();
    }

    [Fact]
    public void AtLambda_Zero_IsUniform()
    {
        var sigma = AgentLogit.AtLambda(MatchingPennies(), 0);
        Assert.All(sigma.SelectMany(s => s), p => Assert.Equal(0.5, p, 12));
    }

    [Fact]
    public void AtLambda_SymmetricPennies_IsTheMixedEquilibriumAtAnyLambda()
    {
        var sigma = AgentLogit.AtLambda(MatchingPennies(), 5);
        Assert.All(sigma.SelectMany(s => s), p => Assert.Equal(0.5, p, 9));
    }

    [Fact]
    public void AtLambda_OneStageDecision_IsTheLogitChoice()
    {
        // A single agent choosing between payoffs 1 and 0: σ(first) = e^λ / (e^λ + 1).
        var builder = new AgentTreeBuilder(1, [1], [2]);
        int root = builder.AddDecision(0);
        builder.Link(root, builder.AddTerminal([1.0]));
        builder.Link(root, builder.AddTerminal([0.0]));
        var sigma = AgentLogit.AtLambda(builder.Build(), 2);
        Assert.Equal(Math.Exp(2) / (Math.Exp(2) + 1), sigma[0][0], 12);
    }

    [Theory]
    [InlineData("kuhn3.efg", 2.0)]
    [InlineData("bayes1a.efg", 1.0)]
    [InlineData("3_player.efg", 1.5)]
    [InlineData("montyhal.efg", 3.0)]
    public void AtLambda_BundledGame_IsAFixedPointOfTheLogitResponse(string name, double lambda)
    {
        var tree = AgentTree.FromGame(GameFile.Load(GameFiles.PathOf(name)).ExtensiveForm!);
        var sigma = AgentLogit.AtLambda(tree, lambda);
        var again = AgentLogit.AtLambda(tree, lambda, sigma, out int sweeps);
        Assert.True(sweeps < 2_000, "restarting from the answer converges");
        Assert.All(sigma.Zip(again).SelectMany(p => p.First.Zip(p.Second)), p => Assert.Equal(p.First, p.Second, 7));
        Assert.All(sigma, s => Assert.Equal(1.0, s.Sum(), 12));
    }

    [Fact]
    public void AtLambda_TwoStageTree_ConvergesInOneSweepAndOneToConfirm()
    {
        var builder = new AgentTreeBuilder(2, [1, 2, 2], [2, 2, 2]);
        int root = builder.AddDecision(0);
        for (int a = 0; a < 2; a++)
        {
            int reply = builder.AddDecision(1 + a);
            builder.Link(root, reply);
            builder.Link(reply, builder.AddTerminal([a, 1.0]));
            builder.Link(reply, builder.AddTerminal([2.0, 0.0]));
        }

        var sigma = AgentLogit.AtLambda(builder.Build(), 4, null, out int sweeps);
        Assert.Equal(2, sweeps);

        // Backward induction by hand: the replier after action a chooses between 1 and 0 (σ = e^4 / (e^4 + 1)),
        // so the leader's action a is worth a·σ + 2·(1 − σ).
        double replyFirst = Math.Exp(4) / (Math.Exp(4) + 1);
        double value0 = 2 * (1 - replyFirst), value1 = replyFirst + (2 * (1 - replyFirst));
        Assert.Equal(replyFirst, sigma[1][0], 12);
        Assert.Equal(Math.Exp(4 * value0) / (Math.Exp(4 * value0) + Math.Exp(4 * value1)), sigma[0][0], 12);
    }

    [Fact]
    public void Builder_DecisionWithTooFewChildren_Throws()
    {
        var builder = new AgentTreeBuilder(1, [1], [2]);
        int root = builder.AddDecision(0);
        builder.Link(root, builder.AddTerminal([1.0]));
        Assert.Throws<InvalidOperationException>(builder.Build);
    }

    [Fact]
    public void Builder_ChanceNotSummingToOne_Throws()
    {
        var builder = new AgentTreeBuilder(1, [], []);
        int root = builder.AddChance();
        builder.Link(root, builder.AddTerminal([1.0]), 0.3);
        builder.Link(root, builder.AddTerminal([0.0]), 0.3);
        Assert.Throws<InvalidOperationException>(builder.Build);
    }
}
