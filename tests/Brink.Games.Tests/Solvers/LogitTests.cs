using Brink.Games.Equilibria;
using Brink.Games.Formats;
using Brink.Games.NormalForm;
using Brink.Games.Numerics;
using Brink.Games.Solvers;
using Brink.Games.Tests.Formats;
using FsCheck;
using FsCheck.Fluent;

namespace Brink.Games.Tests.Solvers;

public class LogitTests
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    private static NormalFormGame Load(string name) => GameFile.Load(GameFiles.PathOf(name)).NormalForm!;

    [Fact]
    public void AtLambda_Zero_IsUniform()
    {
        var profile = LogitSolver.AtLambda(Load("coord3.nfg"), 0);
        Assert.All(profile.Flattened, p => Assert.Equal(1 / 3.0, p, 12));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2)]
    [InlineData(10)]
    public void AtLambda_IsAFixedPointOfTheLogitResponse(double lambda)
    {
        var game = Load("2x2.nfg");
        var profile = LogitSolver.AtLambda(game, lambda);
        var values = NormalFormRegret.StrategyValues(game, profile.Values.Select(s => (IReadOnlyList<double>)s).ToList());
        for (int p = 0; p < 2; p++)
        {
            double total = values[p].Sum(v => Math.Exp(lambda * v));
            for (int s = 0; s < 2; s++)
            {
                Assert.Equal(Math.Exp(lambda * values[p][s]) / total, profile.Values[p][s], 9);
            }
        }
    }

    [Fact]
    public void AtLambda_RegretFallsAsLambdaGrows()
    {
        var game = Load("todd1.nfg");
        var regrets = new[] { 0.5, 2, 8, 32 }.Select(l => NormalFormRegret.MaxRegret(game, LogitSolver.AtLambda(game, l))).ToArray();
        Assert.True(regrets.Zip(regrets.Skip(1)).All(pair => pair.Second < pair.First), string.Join(", ", regrets));
    }

    [Fact]
    public void Solve_RandomSmallGames_EndPointIsAnApproximateEquilibrium() =>
        Check.One(PropertyConfig.WithTests(60), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            int players = random.Next(2, 4);
            var strategies = Enumerable.Range(0, players).Select(p => (IReadOnlyList<string>)[.. Enumerable.Range(0, random.Next(2, 4)).Select(s => $"s{s}")]).ToArray();
            int profiles = strategies.Aggregate(1, (a, s) => a * s.Count);
            var game = NormalFormGame.Create("random", string.Empty, [.. Enumerable.Range(1, players).Select(p => $"{p}")], strategies,
                [.. Enumerable.Range(0, profiles * players).Select(_ => Rational.Create(random.Next(-9, 10), 1))]);
            var range = game.AllPayoffsAsDouble.ToArray().Max() - game.AllPayoffsAsDouble.ToArray().Min();
            var end = LogitSolver.Solve(game).Equilibria.Single();
            return range == 0 || NormalFormRegret.MaxRegret(game, end) <= 1e-4 * range;
        }));
}
