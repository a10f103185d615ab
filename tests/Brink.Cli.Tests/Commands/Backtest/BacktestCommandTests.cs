using System.Text.Json;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Backtest;

public class BacktestCommandTests
{
    private static string Case(string name) => RepositoryPaths.Combine("data", "cases", "iran", name + ".yaml");

    // Three cases the test pack (PackFittedOnThree) names as fitted on and one it does not.
    private static readonly string[] FewCases = [Case("soleimani-2020"), Case("trump-letter-2025"), Case("fuel-protests-2019"), Case("flame-2012")];

    /// <summary>
    /// The shipped pack with its fit said to name only the first three of <see cref="FewCases"/>, so one case is
    /// new to it whatever the shipped pack was fitted on.
    /// </summary>
    private static string PackFittedOnThree()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"brink-pack-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        string text = File.ReadAllText(RepositoryPaths.Combine("packs", "iran", "pack.yaml"));
        int start = text.IndexOf("  data:", StringComparison.Ordinal);
        int end = text.IndexOf("  scores:", start, StringComparison.Ordinal);
        File.WriteAllText(
            Path.Combine(directory, "pack.yaml"),
            text[..start] + "  data:\n    cases: 3\n    sha256: \"00\"\n    ids: [soleimani-2020, trump-letter-2025, fuel-protests-2019]\n" + text[end..]);
        return directory;
    }

    [Fact]
    public void Backtest_BundledCases_JsonHasTheContractKeys()
    {
        // --in-sample skips the 47 refits (minutes in a Debug build); leave-one-out refits are checked on FewCases.
        var (exit, output, error) = CliRun.Run("backtest", RepositoryPaths.Combine("data", "cases", "iran"), "--json", "--in-sample");
        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        string[] keys = ["cases", "evaluation", "brier", "log_loss", "accuracy", "rps", "rows", "baselines", "skill", "per_case"];
        Assert.All(keys, k => Assert.True(root.TryGetProperty(k, out _), k));
        Assert.Equal(47, root.GetProperty("cases").GetInt32());
        // The shipped pack names all 47 cases as fitted on.
        Assert.Equal("in-sample", root.GetProperty("evaluation").GetString());
        Assert.All(root.GetProperty("per_case").EnumerateArray(), c => Assert.Equal("in-sample", c.GetProperty("evaluation").GetString()));
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
        var (exit, output, error) = CliRun.Run(["backtest", .. FewCases, "--pack", PackFittedOnThree(), "--json"]);
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
        string pack = PackFittedOnThree();
        var (exit, output, error) = CliRun.Run(["backtest", .. FewCases, "--pack", pack, "--in-sample", "--json"]);
        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("in-sample + out-of-sample", document.RootElement.GetProperty("evaluation").GetString());
        Assert.Equal("in-sample", document.RootElement.GetProperty("rows")[0].GetProperty("evaluation").GetString());
        var (tableExit, table, tableError) = CliRun.Run(["backtest", .. FewCases, "--pack", pack, "--in-sample", "--no-store"]);
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
