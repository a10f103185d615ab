using Brink.Analysis.Fitting;
using Brink.Model.Packs;

namespace Brink.Analysis.Tests.Fitting;

/// <summary>
/// The Iran pack records the bundled cases it was fitted on (re-run `brink fit` when they change): every id it
/// names is a bundled case, and the hash of those files is the one recorded. Cases added since are not in the
/// fit, and a backtest scores them out of sample.
/// </summary>
public class ShippedPackTests
{
    [Fact]
    public void IranPack_FittedBlock_RecordsTheIdsAndHashOfBundledCases()
    {
        string root = Simulation.Fixtures.RepositoryRoot;
        var pack = PackLoader.Load(Path.Combine(root, "packs", "iran"));
        string cases = Path.Combine(root, "data", "cases", "iran");
        Assert.NotNull(pack.Fitted);
        Assert.Equal(pack.Fitted!.Cases, pack.Fitted.CaseIds.Length);
        var files = pack.Fitted.CaseIds.Select(id => Path.Combine(cases, id + ".yaml")).Order(StringComparer.Ordinal).ToList();
        Assert.All(files, f => Assert.True(File.Exists(f), f));
        Assert.Equal(DataHash.Of(files), pack.Fitted.DataSha256);
        Assert.Equal(pack.Free.Select(f => f.Definition.Name).Order(StringComparer.Ordinal), pack.Fitted.Values.Keys);
        Assert.InRange(pack.Fitted.Scores["loo_brier_skill_vs_base_rate"], 0.2, 1);
    }
}
