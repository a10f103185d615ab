using Brink.Games.Text;
using Brink.Model.Dynamics;
using Brink.Model.Situations;

namespace Brink.Model.Tests.Dynamics;

public class PolicySpaceLoaderTests : IDisposable
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(PackFiles.IranDynamicsPath)!, "..", ".."));
    private static readonly Situation Fordow = SituationLoader.Load(Path.Combine(Root, "data", "situations", "iran-2025-fordow.yaml"));
    private readonly string directory = Directory.CreateTempSubdirectory("brink-space-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Load_ShippedSpace_GridOfTwelveSchedulesFirstParameterSlowest()
    {
        var space = PolicySpaceLoader.Load(Path.Combine(Root, "data", "policies", "spaces", "offer-after-pressure.yaml"));
        Assert.Equal(["offer_step", "engagement"], space.Parameters.Select(p => p.Name));
        Assert.Equal(12, space.PointCount);
        AssertNear([1.0, 0.3], space.Values(0));
        AssertNear([1.0, 0.6], space.Values(1));
        AssertNear([4.0, 0.3], space.Values(3));
        AssertNear([10.0, 0.9], space.Values(11));

        var policy = space.Instantiate(space.Values(5), Fordow, 12);
        Assert.Equal(4, policy.Entries[1].Step);
        Assert.Equal(0.9, policy.Entries[1].Settings.Single(s => s.Path == "state.adversaries.us.engagement").Value, 12);
    }

    [Fact]
    public void Load_ParameterNotInTemplate_ReportsLineAndColumn()
    {
        string path = Write("template: t.yaml\nparameters:\n  offer_step: {from: 1, to: 3, levels: 3, whole: true}\n  missing: {from: 0, to: 1, levels: 2}\n");
        var error = Assert.Throws<LocatedFormatException>(() => PolicySpaceLoader.Load(path));
        Assert.Contains(DynamicsMessages.TemplateParameter, error.Message, StringComparison.Ordinal);
        Assert.Contains(":4:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PlaceholderWithoutParameter_ReportsTheMissingKey()
    {
        string path = Write("template: t.yaml\nparameters: {}\n");
        var error = Assert.Throws<LocatedFormatException>(() => PolicySpaceLoader.Load(path));
        Assert.Contains(DynamicsMessages.RequiredKey + "offer_step", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TooManyPoints_Rejected()
    {
        File.WriteAllText(Path.Combine(directory, "u.yaml"), "schedule:\n  - step: $a\n    set: { state.sanctions: $b }\n");
        string path = Path.Combine(directory, "space.yaml");
        File.WriteAllText(path, "template: u.yaml\nparameters:\n  a: {from: 1, to: 12, levels: 21, whole: true}\n  b: {from: 0, to: 1, levels: 21}\n");
        var error = Assert.Throws<LocatedFormatException>(() => PolicySpaceLoader.Load(path));
        Assert.Contains(DynamicsMessages.PolicySpaceSize, error.Message, StringComparison.Ordinal);
    }

    private static void AssertNear(double[] expected, System.Collections.Immutable.ImmutableArray<double> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 1e-12);
        }
    }

    private string Write(string space)
    {
        File.WriteAllText(Path.Combine(directory, "t.yaml"), "# $comment is not a placeholder\nschedule:\n  - step: $offer_step\n    set: { state.sanctions: 0.9 }\n");
        string path = Path.Combine(directory, "space.yaml");
        File.WriteAllText(path, space);
        return path;
    }
}
