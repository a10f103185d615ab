using System.Text.Json;
using System.Text.RegularExpressions;
using Brink.Analysis.Reports;
using Brink.Analysis.Runs;
using Brink.Analysis.Tests.Simulation;
using Microsoft.Data.Sqlite;

namespace Brink.Analysis.Tests.Runs;

/// <summary>
/// The files under StoredResults are results exactly as brink 0.9.0 stored them (one run of each kind, read out
/// of a run store), plus two with the members that older brinks lacked removed. A property renamed or dropped on
/// the writing side makes the stored text read back differently or lose a chart; one renamed on the reading side
/// loses the chart: either way these fail.
/// </summary>
public sealed class RunResultTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("brink-results-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static string Stored(string name) =>
        File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "tests", "Brink.Analysis.Tests", "Runs", "StoredResults", name + ".json"));

    /// <summary>Reads a stored result into its record and writes it again, as the command that made it would.</summary>
    private static RunResult Rewrite(string kind, string json) => kind switch
    {
        RunKinds.Predict => RunResult.Of(RunResult.ReadPrediction(json)),
        RunKinds.Simulate => RunResult.Of(RunResult.ReadSimulation(json)),
        RunKinds.Sweep => RunResult.Of(RunResult.ReadSweep(json)),
        RunKinds.Fit => RunResult.Of(RunResult.ReadFit(json)),
        RunKinds.Backtest => RunResult.Of(RunResult.ReadBacktest(json)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a run kind"),
    };

    /// <summary>Stores <paramref name="result"/> as a run, reads the run back and builds its report.</summary>
    private string ReportThroughStore(RunResult result)
    {
        var store = new RunStore(Path.Combine(directory, "runs.db"));
        var stored = store.Add(new RunRecord(
            0, result.Kind, [result.Kind], new string('a', 64), "iran-supreme-leader", "1.0.0", 1,
            new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero), 10, result.Json));
        return HtmlReport.Build(store.Find(stored.Id)!);
    }

    public static TheoryData<string> Kinds => [RunKinds.Predict, RunKinds.Simulate, RunKinds.Sweep, RunKinds.Fit, RunKinds.Backtest];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Of_ResultReadFromAnEarlierStore_WritesTheSameBytes(string kind)
    {
        string json = Stored(kind);
        Assert.Equal(json, Rewrite(kind, json).Json);
        Assert.Equal(kind, Rewrite(kind, json).Kind);
    }

    [Fact]
    public void Of_SourceGeneratedWriter_MatchesTheShellsJsonStyle()
    {
        // The source-generated metadata must write exactly what the reflection serializer wrote in Brink's style
        // (JsonOutput before Native AOT), so stores and golden outputs made before still compare byte for byte.
        var prediction = RunResult.ReadPrediction(Stored(RunKinds.Predict));
        var simulation = RunResult.ReadSimulation(Stored(RunKinds.Simulate));
        var sweep = RunResult.ReadSweep(Stored(RunKinds.Sweep));
        var fit = RunResult.ReadFit(Stored(RunKinds.Fit));
        var backtest = RunResult.ReadBacktest(Stored(RunKinds.Backtest));
        Assert.Equal(ReflectionJson.InBrinkStyle(prediction), RunResult.Of(prediction).Json);
        Assert.Equal(ReflectionJson.InBrinkStyle(simulation), RunResult.Of(simulation).Json);
        Assert.Equal(ReflectionJson.InBrinkStyle(sweep), RunResult.Of(sweep).Json);
        Assert.Equal(ReflectionJson.InBrinkStyle(fit), RunResult.Of(fit).Json);
        Assert.Equal(ReflectionJson.InBrinkStyle(backtest), RunResult.Of(backtest).Json);
    }

    [Theory]
    [InlineData(RunKinds.Predict, 2, "Response probabilities", "90% intervals over 20 parameter draws")]
    [InlineData(RunKinds.Simulate, 8, "Trajectories: deterrence credibility", "Time to outcome (steps)")]
    [InlineData(RunKinds.Sweep, 2, "total Sobol index", "p(major) over the first two inputs")]
    [InlineData(RunKinds.Fit, 1, "Profile: ", "Cross-validated scores")]
    [InlineData(RunKinds.Backtest, 1, "Calibration", "leave-one-out refit")]
    public void Build_StoredRunOfEachKind_DrawsEveryChart(string kind, int charts, string heading, string text)
    {
        string html = ReportThroughStore(Rewrite(kind, Stored(kind)));
        Assert.DoesNotContain("chart unavailable", html, StringComparison.Ordinal);
        Assert.DoesNotContain("no charts", html, StringComparison.Ordinal);
        Assert.True(Regex.Count(html, "<svg") >= charts, $"{kind}: {Regex.Count(html, "<svg")} charts");
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RunKinds.Backtest, "backtest-before-rows", "not recorded (pack values)", "<td>in-sample</td>")]
    [InlineData(RunKinds.Simulate, "simulate-before-hazards", "Cumulative outcomes", "Hazards per step")]
    public void Build_RunStoredBeforeAMemberExisted_DrawsTheRestWithoutIt(string kind, string file, string present, string absent)
    {
        string html = ReportThroughStore(new RunResult(kind, Stored(file)));
        Assert.Contains(present, html, StringComparison.Ordinal);
        Assert.DoesNotContain(absent, html, StringComparison.Ordinal);
        Assert.DoesNotContain("chart unavailable", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ResultOfAnotherShape_SaysSoInsteadOfFailing()
    {
        string html = ReportThroughStore(new RunResult(RunKinds.Simulate, "[1, 2]"));
        Assert.Contains("does not read as a simulate result", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Prediction_ProbabilitiesReadInTheStoredOrder()
    {
        var prediction = RunResult.ReadPrediction(Stored(RunKinds.Predict));
        using var document = JsonDocument.Parse(Stored(RunKinds.Predict));
        Assert.Equal(document.RootElement.GetProperty("probabilities").EnumerateObject().Select(p => p.Name), prediction.Probabilities.Keys);
    }
}
