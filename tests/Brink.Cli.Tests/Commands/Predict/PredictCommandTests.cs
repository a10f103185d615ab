using System.Text.Json;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Predict;

public class PredictCommandTests
{
    private static readonly string[] Categories = ["concede", "restrain", "crackdown", "nuclear", "deniable", "limited_overt", "major"];

    private static string Fordow => RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml");

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
        var explanation = root.GetProperty("explanation");
        Assert.Equal(JsonValueKind.Object, explanation.ValueKind);
        // soleimani-2020: the US pulled the trigger and is listed, so it is the adversary answered.
        Assert.Equal("us", explanation.GetProperty("answering").GetProperty("id").GetString());
        Assert.Equal("the trigger's initiator", explanation.GetProperty("answering").GetProperty("reason").GetString());
        double war = explanation.GetProperty("open_war_risk").GetDouble();
        Assert.InRange(war, probabilities.GetProperty("major").GetDouble(), 1);
    }

    [Fact]
    public void Predict_Json_HasNinetyPercentIntervalsTopSharesDrawsAndSeed()
    {
        var (exit, output, _) = CliRun.Run("predict", Fordow, "--json");
        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(200, root.GetProperty("draws").GetInt32());
        Assert.Equal(1UL, root.GetProperty("seed").GetUInt64());
        Assert.Contains(root.GetProperty("interval_source").GetString(), (string[])["covariance", "standard_errors"]);
        var intervals = root.GetProperty("intervals");
        Assert.Equal(Categories, intervals.EnumerateObject().Select(p => p.Name));
        foreach (var interval in intervals.EnumerateObject())
        {
            double[] bounds = [.. interval.Value.EnumerateArray().Select(v => v.GetDouble())];
            Assert.Equal(2, bounds.Length);
            Assert.True(0 <= bounds[0] && bounds[0] <= bounds[1] && bounds[1] <= 1, interval.Name);
        }

        var shares = root.GetProperty("top_shares");
        Assert.Equal(Categories, shares.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1.0, shares.EnumerateObject().Sum(p => p.Value.GetDouble()), 9);
        string top = root.GetProperty("top").GetString()!;
        Assert.Matches($"^(not )?robust: {top} is top in ", root.GetProperty("explanation").GetProperty("robustness").GetString());
    }

    [Fact]
    public void Predict_DrawsZero_NoIntervals()
    {
        var (exit, output, _) = CliRun.Run("predict", Fordow, "--json", "--draws", "0");
        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("intervals").ValueKind);
        Assert.Equal(0, root.GetProperty("draws").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("seed").ValueKind);
    }

    [Fact]
    public void Predict_Seed_IsRecordedAndReproducible()
    {
        string seven = CliRun.Run("predict", Fordow, "--json", "--seed", "7").Output;
        Assert.Equal(seven, CliRun.Run("predict", Fordow, "--json", "--seed", "7").Output);
        Assert.NotEqual(seven, CliRun.Run("predict", Fordow, "--json").Output);
        using var document = JsonDocument.Parse(seven);
        Assert.Equal(7UL, document.RootElement.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public void Predict_Table_HasTheIntervalColumnAndTheRobustnessLine()
    {
        var (exit, output, _) = CliRun.Run("predict", Fordow, "--draws", "50");
        Assert.Equal(0, exit);
        Assert.Contains("90% interval", output, StringComparison.Ordinal);
        Assert.Matches(@"over 50 draws of the fitted parameters \((covariance|standard_errors), seed 1\)", output);
        Assert.Contains("is top in ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_PackWithoutFit_SaysThereAreNoIntervals()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"brink-pack-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            string text = Brink.Analysis.Fitting.FittedPackText.Without(File.ReadAllText(RepositoryPaths.Combine("packs", "iran", "pack.yaml")));
            File.WriteAllText(Path.Combine(directory, "pack.yaml"), text);
            var (exit, output, _) = CliRun.Run("predict", Fordow, "--pack", directory);
            Assert.Equal(0, exit);
            Assert.DoesNotContain("90% interval", output, StringComparison.Ordinal);
            Assert.Contains("no intervals: the pack has no fitted block", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Predict_NegativeDraws_ExitsTwo()
    {
        var (exit, _, error) = CliRun.Run("predict", Fordow, "--draws", "-1");
        Assert.Equal(2, exit);
        Assert.Contains("--draws", error, StringComparison.Ordinal);
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
