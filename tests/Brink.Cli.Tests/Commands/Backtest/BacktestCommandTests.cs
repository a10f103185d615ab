using System.Text.Json;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Backtest;

public class BacktestCommandTests
{
    private static string Case(string name) => RepositoryPaths.Combine("data", "cases", "iran", name + ".yaml");

    // Three cases the shipped pack was fitted on and one added after the fit.
    private static readonly string[] FewCases = [Case("soleimani-2020"), Case("trump-letter-2025"), Case("fuel-protests-2019"), Case("flame-2012")];

    [Fact]
    [Trait("Category", "Slow")]
    public void Backtest_BundledCases_JsonHasTheContractKeys()
    {
        var (exit, output, error) = CliRun.Run("backtest", RepositoryPaths.Combine("data", "cases", "iran"), "--json");
        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        string[] keys = ["cases", "evaluation", "brier", "log_loss", "accuracy", "rps", "rows", "baselines", "skill", "per_case"];
        Assert.All(keys, k => Assert.True(root.TryGetProperty(k, out _), k));
        Assert.Equal(47, root.GetProperty("cases").GetInt32());
        Assert.Equal("leave-one-out refit + out-of-sample", root.GetProperty("evaluation").GetString());
        // The pack names the 39 cases it was fitted on; the 8 added since are out of sample.
        var schemes = root.GetProperty("per_case").EnumerateArray().GroupBy(c => c.GetProperty("evaluation").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(39, schemes["leave-one-out refit"]);
        Assert.Equal(8, schemes["out-of-sample"]);
        Assert.True(root.GetProperty("baselines").TryGetProperty("base_rate", out var baseRate));
        Assert.True(root.GetProperty("baselines").TryGetProperty("logistic", out _));
        Assert.True(root.GetProperty("brier").GetDouble() < baseRate.GetProperty("brier").GetDouble());
        var first = root.GetProperty("per_case")[0];
        Assert.Equal(7, first.GetProperty("probabilities").EnumerateObject().Count());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("actual").GetString()));
    }

    [Fact]
    public void Backtest_FittedAndNewCases_LabelsEachModelRow()
    {
        var (exit, output, error) = CliRun.Run(["backtest", .. FewCases, "--json"]);
        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(output);
        var rows = document.RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("forecast").GetString(), r.GetProperty("evaluation").GetString(), r.GetProperty("cases").GetInt32())).ToList();
        Assert.Equal(
            [("model", "leave-one-out refit", 3), ("model", "out-of-sample", 1), ("model", "leave-one-out refit + out-of-sample", 4),
             ("base_rate", "leave-one-out refit", 4), ("logistic", "leave-one-out refit", 4)],
            rows);
        Assert.Equal(
            ["leave-one-out refit", "leave-one-out refit", "leave-one-out refit", "out-of-sample"],
            document.RootElement.GetProperty("per_case").EnumerateArray().Select(c => c.GetProperty("evaluation").GetString()));
    }

    [Fact]
    public void Backtest_InSample_SaysSoInJsonAndTable()
    {
        var (exit, output, error) = CliRun.Run(["backtest", .. FewCases, "--in-sample", "--json"]);
        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("in-sample + out-of-sample", document.RootElement.GetProperty("evaluation").GetString());
        Assert.Equal("in-sample", document.RootElement.GetProperty("rows")[0].GetProperty("evaluation").GetString());
        var (tableExit, table, tableError) = CliRun.Run(["backtest", .. FewCases, "--in-sample", "--no-store"]);
        Assert.True(tableExit == 0, tableError);
        Assert.Contains("model: in-sample + out-of-sample", table);
        Assert.Contains("note: 3 case(s) are scored in-sample", table);
        Assert.Contains("│ model     │ in-sample", table);
    }

    [Fact]
    public void Backtest_PackFitWithoutIds_TreatsEveryCaseAsFittedAndSaysSo()
    {
        string directory = Directory.CreateTempSubdirectory("brink-backtest-").FullName;
        try
        {
            // The data block as packs wrote it before fits recorded their case ids.
            string text = File.ReadAllText(RepositoryPaths.Combine("packs", "iran", "pack.yaml"));
            int start = text.IndexOf("  data:\n", StringComparison.Ordinal), end = text.IndexOf("  scores:", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(directory, "pack.yaml"), text[..start] + "  data: {cases: 39, sha256: \"00\"}\n" + text[end..]);
            var (exit, output, error) = CliRun.Run(["backtest", .. FewCases, "--pack", directory, "--in-sample", "--json"]);
            Assert.True(exit == 0, error);
            Assert.Contains("the fit does not name its cases", error);
            using var document = JsonDocument.Parse(output);
            Assert.Equal("in-sample", document.RootElement.GetProperty("evaluation").GetString());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Backtest_SituationWithoutOutcome_ExitsTwoNamingTheFile()
    {
        string situation = RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml");
        var (exit, _, error) = CliRun.Run("backtest", RepositoryPaths.Combine("data", "cases", "iran", "soleimani-2020.yaml"), situation);
        Assert.Equal(2, exit);
        Assert.Contains(situation, error);
    }
}
