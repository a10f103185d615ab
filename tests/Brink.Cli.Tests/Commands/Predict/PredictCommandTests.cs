using System.Text.Json;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Predict;

public class PredictCommandTests
{
    private static readonly string[] Categories = ["concede", "restrain", "crackdown", "nuclear", "deniable", "limited_overt", "major"];

    [Fact]
    public void Predict_Json_HasTheContractKeysAndSevenProbabilitiesSummingToOne()
    {
        var (exit, output, _) = CliRun.Run("predict", RepositoryPaths.Combine("data", "cases", "iran", "soleimani-2020.yaml"), "--json");
        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("soleimani-2020", root.GetProperty("id").GetString());
        var probabilities = root.GetProperty("probabilities");
        Assert.Equal(Categories.Order(StringComparer.Ordinal), probabilities.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(1.0, probabilities.EnumerateObject().Sum(p => p.Value.GetDouble()), 9);
        string top = root.GetProperty("top").GetString()!;
        Assert.Equal(probabilities.EnumerateObject().MaxBy(p => p.Value.GetDouble()).Name, top);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("explanation").ValueKind);
    }

    [Fact]
    public void Predict_SameInput_SameJson()
    {
        string path = RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml");
        Assert.Equal(CliRun.Run("predict", path, "--json").Output, CliRun.Run("predict", path, "--json").Output);
    }

    [Fact]
    public void Predict_MissingFile_ExitsTwoNamingIt()
    {
        var (exit, _, error) = CliRun.Run("predict", "no/such/situation.yaml");
        Assert.Equal(2, exit);
        Assert.Contains("no/such/situation.yaml", error);
    }

    [Fact]
    public void Predict_BadSituation_ExitsTwoWithLineAndColumn()
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-predict-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "id: x\ndate: 2020-01-01\ntitle: x\nfocal: iran\ntrigger:\n  by: domestic\n  kind: sanctions\n  severity: 2\n  overt: true\n  on_soil: false\nstate:\n  economy: 0.3\n");
        try
        {
            var (exit, output, error) = CliRun.Run("predict", path);
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains($"{path}:8:13:", error);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
