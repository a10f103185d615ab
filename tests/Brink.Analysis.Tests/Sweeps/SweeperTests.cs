using Brink.Analysis.Sweeps;
using Brink.Model.Packs;

namespace Brink.Analysis.Tests.Sweeps;

public class SweeperTests
{
    private static readonly ModelPack Pack = PackLoader.Load(Path.Combine(Simulation.Fixtures.RepositoryRoot, "packs", "iran"));

    private static readonly SweepAxis[] Axes = [new("state.sanctions", 0.2, 1, 3), new("pack.qre.lambda", 1, 6, 2)];

    private static SweepResult Run(SweepOptions options) =>
        Sweeper.Run(Simulation.Fixtures.Start, Pack, Simulation.Fixtures.Iran, Axes, options);

    [Fact]
    public void Run_Shards_TogetherEqualTheWholeSweep()
    {
        var options = new SweepOptions(Replications: 4, Horizon: 3, Seed: 5);
        var whole = Run(options);
        var shards = Enumerable.Range(0, 3).Select(k => Run(options with { ShardIndex = k, ShardCount = 3 })).ToList();
        var manifest = new SweepManifest("s", "h", "p", "1", [.. Axes], options with { ShardCount = 3 }, whole.PointCount);
        var (_, merged) = SweepMerge.Merge([.. shards.Select((s, k) => (manifest with { Options = manifest.Options with { ShardIndex = k } }, s.Points, $"shard{k}"))]);
        Assert.Equal(SweepCsv.Write(whole), SweepCsv.Write(merged));
    }

    [Fact]
    public void Run_AnyThreadCount_SameRows()
    {
        var options = new SweepOptions(Replications: 3, Horizon: 2, Seed: 9);
        Assert.Equal(SweepCsv.Write(Run(options with { MaxDegreeOfParallelism = 1 })), SweepCsv.Write(Run(options with { MaxDegreeOfParallelism = 2 })));
    }

    [Fact]
    public void Run_PackParameter_ChangesTheProbabilities()
    {
        var result = Run(new SweepOptions(Replications: 0));
        Assert.Equal(6, result.Points.Length);
        Assert.NotEqual(result.Points[0].Probabilities, result.Points[3].Probabilities);
        Assert.All(result.Points, p => Assert.Equal(1.0, p.Probabilities.Sum(), 9));
    }

    [Fact]
    public void Csv_RoundTrips()
    {
        var result = Run(new SweepOptions(Replications: 2, Horizon: 2));
        string text = SweepCsv.Write(result);
        var points = SweepCsv.Read(text, "x.csv", Axes);
        Assert.Equal(text, SweepCsv.Write(result with { Points = points }));
    }

    [Fact]
    public void Merge_MissingShard_Throws()
    {
        var options = new SweepOptions(Replications: 0, ShardIndex: 0, ShardCount: 2);
        var half = Run(options);
        var manifest = new SweepManifest("s", "h", "p", "1", [.. Axes], options, half.PointCount);
        Assert.Throws<InvalidDataException>(() => SweepMerge.Merge([(manifest, half.Points, "a")]));
    }

    [Fact]
    public void Resolve_UnknownPath_Throws() =>
        Assert.Throws<FormatException>(() => SweepTarget.Resolve("state.nonsense", Simulation.Fixtures.Start));

    [Fact]
    public void Run_CancelledToken_ThrowsAndReturnsNothing()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Sweeper.Run(Simulation.Fixtures.Start, Pack, Simulation.Fixtures.Iran, Axes, new SweepOptions(), cancellationToken: cancellation.Token));
    }
}
