using Brink.Analysis.Runs;

namespace Brink.Analysis.Tests.Runs;

public sealed class RunStoreTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("brink-store-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static RunRecord Run(string kind, ulong? seed) => new(
        0, kind, ["predict", "/x/situation.yaml"], new string('a', 64), "pack", "1.0.0", seed,
        new DateTimeOffset(2026, 11, 25, 4, 0, 0, TimeSpan.Zero), 12.5, "{\"id\":\"x\"}");

    [Fact]
    public void Add_ThenFind_RoundTripsEveryField()
    {
        var store = new RunStore(Path.Combine(directory, "sub", "runs.db"));
        var stored = store.Add(Run("predict", 18446744073709551615UL));
        Assert.Equal(1, stored.Id);
        Assert.Equal(stored, store.Find(1));
        Assert.Null(store.Find(2));
    }

    [Fact]
    public void List_NewestFirstFilteredByKind()
    {
        var store = new RunStore(Path.Combine(directory, "runs.db"));
        store.Add(Run("predict", null));
        store.Add(Run("simulate", 3));
        store.Add(Run("predict", null));
        Assert.Equal([3L, 2L, 1L], store.List().Select(r => r.Id));
        Assert.Equal([3L, 1L], store.List("predict").Select(r => r.Id));
        Assert.Single(store.List(limit: 1));
    }

    [Fact]
    public void TwoStores_AreIndependentAndReopeningKeepsRuns()
    {
        var first = new RunStore(Path.Combine(directory, "a.db"));
        var second = new RunStore(Path.Combine(directory, "b.db"));
        first.Add(Run("fit", 1));
        Assert.Empty(second.List());
        Assert.Single(new RunStore(Path.Combine(directory, "a.db")).List());
    }
}
