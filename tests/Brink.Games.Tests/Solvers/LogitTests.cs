using Brink.Games.Equilibria;
using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;
using Brink.Games.NormalForm;
using Brink.Games.Numerics;
using Brink.Games.Profiles;
using Brink.Games.Solvers.QuantalResponse;
using Brink.Games.Tests.Formats;
using FsCheck;
using FsCheck.Fluent;

namespace Brink.Games.Tests.Solvers;

/// <summary>Logit QREs at a given λ, and the end point's regret on random games.</summary>
public class LogitTests
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Fact]
    public void AtLambda_Zero_IsUniform()
    {
        var normal = Load("3x3x3.nfg").NormalForm!;
        Assert.All(Logit.AtLambda(normal, 0).Flattened, p => Assert.Equal(1.0 / 3, p, 1e-15));
        var tree = Load("kuhn3.efg").ExtensiveForm!;
        var behaviour = Logit.AtLambda(tree, 0);
        Assert.Equal(ProfileKind.Behaviour, behaviour.Kind);
        Assert.All(behaviour.Values, segment => Assert.All(segment, p => Assert.Equal(1.0 / segment.Length, p, 1e-15)));
    }

    [Fact]
    public void AtLambda_DominantStrategyAndFollower_MatchesClosedForm()
    {
        // Player 1 gets 1 from strategy 1 whatever happens, so σ1 = 1 / (1 + e^−λ). Player 2 gets 1 for matching
        // player 1, so her strategy values are σ1(1) and σ1(2), and σ2(1) = 1 / (1 + e^−λ(σ1(1) − σ1(2))).
        var game = NormalFormGame.FromFunction("follower", [2, 2], (profile, player) =>
            player == 0 ? (profile[0] == 0 ? Rational.One : Rational.Zero) : (profile[1] == profile[0] ? Rational.One : Rational.Zero));
        const double lambda = 2;
        double first = 1 / (1 + Math.Exp(-lambda));
        double second = 1 / (1 + Math.Exp(-lambda * (first - (1 - first))));
        var profile = Logit.AtLambda(game, lambda);
        AssertNear.Equal([first, 1 - first, second, 1 - second], profile.Flattened, 1e-10);
    }

    [Theory]
    [InlineData("2x2.nfg", 1.5)]
    [InlineData("2x2.nfg", 20)]
    [InlineData("3x3x3.nfg", 4)]
    [InlineData("rand4p-4x4x4x4.nfg", 2.5)]
    public void AtLambda_NormalForm_IsLogitFixedPoint(string name, double lambda)
    {
        var game = Load(name).NormalForm!;
        var profile = Logit.AtLambda(game, lambda);
        var values = NormalFormRegret.StrategyValues(game, profile.Values.Select(s => (IReadOnlyList<double>)s).ToArray());
        for (int p = 0; p < game.PlayerCount; p++)
        {
            AssertNear.Equal(LogitResponse(values[p], lambda), profile.Values[p], 1e-10);
        }
    }

    [Theory]
    [InlineData("kuhn3.efg", 3)]
    [InlineData("3_player.efg", 5)]
    [InlineData("bayes1a.efg", 2)]
    [InlineData("montyhal.efg", 8)]
    public void AtLambda_Tree_IsAgentLogitFixedPoint(string name, double lambda)
    {
        var game = Load(name).ExtensiveForm!;
        var profile = Logit.AtLambda(game, lambda);
        var values = AgentFormValues.ActionValues(game, profile);
        for (int s = 0; s < values.Length; s++)
        {
            AssertNear.Equal(LogitResponse(values[s], lambda), profile.Values[s], 1e-10);
        }
    }

    [Theory]
    [InlineData("pd.nfg")]
    [InlineData("2x2.nfg")]
    [InlineData("3x3x3.nfg")]
    [InlineData("rand3p-6x6x6.nfg")]
    [InlineData("rand2p-12x12.nfg")]
    public void AtLambda_GrowingLambda_RegretFalls(string name)
    {
        var game = Load(name).NormalForm!;
        var regrets = new[] { 0.5, 2, 8, 32, 128 }.Select(l => NormalFormRegret.MaxRegret(game, Logit.AtLambda(game, l))).ToArray();
        for (int i = 1; i < regrets.Length; i++)
        {
            Assert.True(regrets[i] < regrets[i - 1], $"regret {regrets[i]} at step {i} after {regrets[i - 1]}");
        }
    }

    [Fact]
    public void AtLambda_WarmStartFromNearbyLambda_AgreesWithColdStart()
    {
        var game = Load("kuhn3.efg").ExtensiveForm!;
        var warm = Logit.AtLambda(game, 10, Logit.AtLambda(game, 9.5));
        AssertNear.Equal(Logit.AtLambda(game, 10).Flattened, warm.Flattened, 1e-9);
    }

    [Fact]
    public void AtLambda_BranchPoint_StillGivesAFixedPoint()
    {
        // 2x2x2.nfg: the principal branch meets another at λ ≈ 0.597, where Gambit's tracer stops.
        var game = Load("2x2x2.nfg").NormalForm!;
        var profile = Logit.AtLambda(game, 5);
        var values = NormalFormRegret.StrategyValues(game, profile.Values.Select(s => (IReadOnlyList<double>)s).ToArray());
        for (int p = 0; p < game.PlayerCount; p++)
        {
            AssertNear.Equal(LogitResponse(values[p], 5), profile.Values[p], 1e-9);
        }
    }

    [Fact]
    public void AtLambda_NegativeLambda_Throws()
    {
        var game = Load("pd.nfg").NormalForm!;
        Assert.Equal("lambda", Assert.Throws<ArgumentOutOfRangeException>(() => Logit.AtLambda(game, -1)).ParamName);
    }

    [Fact]
    public void Solve_RandomGames_EndPointHasTinyRegret() =>
        Check.One(
            PropertyConfig.WithTests(100),
            Prop.ForAll(Seeds, seed =>
            {
                var random = new Random(seed);
                int players = random.Next(2, 4);
                var counts = Enumerable.Range(0, players).Select(_ => random.Next(2, 4)).ToArray();
                var game = NormalFormGame.FromFunction("random", counts, (_, _) => Rational.Create(random.Next(-900, 901), 100));
                double range = game.AllPayoffsAsDouble.ToArray().Max() - game.AllPayoffsAsDouble.ToArray().Min();
                var profile = Logit.Solve(game).Equilibria[0];
                return NormalFormRegret.MaxRegret(game, profile) <= 1e-4 * range;
            }));

    private static LoadedGame Load(string name) => GameFile.Load(GameFiles.PathOf(name));

    private static double[] LogitResponse(IReadOnlyList<double> values, double lambda)
    {
        double top = values.Max();
        var weights = values.Select(v => Math.Exp(lambda * (v - top))).ToArray();
        return [.. weights.Select(w => w / weights.Sum())];
    }
}
