using Brink.Analysis.Fitting;
using Brink.Model.Packs;

namespace Brink.Analysis.Tests.Fitting;

/// <summary>The Iran pack ships with parameters fitted on exactly the bundled cases (re-run `brink fit` when they change).</summary>
public class ShippedPackTests
{
    [Fact]
    public void IranPack_FittedBlock_RecordsTheHashOfTheBundledCases()
    {
        string root = Simulation.Fixtures.RepositoryRoot;
        var pack = PackLoader.Load(Path.Combine(root, "packs", "iran"));
        var files = Directory.EnumerateFiles(Path.Combine(root, "data", "cases", "iran"), "*.yaml").Order(StringComparer.Ordinal).ToList();
        Assert.NotNull(pack.Fitted);
        Assert.Equal(files.Count, pack.Fitted!.Cases);
        Assert.Equal(DataHash.Of(files), pack.Fitted.DataSha256);
        Assert.Equal(pack.Free.Select(f => f.Definition.Name).Order(StringComparer.Ordinal), pack.Fitted.Values.Keys);
        Assert.InRange(pack.Fitted.Scores["loo_brier_skill_vs_base_rate"], 0.2, 1);
    }
}
