using System.Text.RegularExpressions;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Report;

public sealed partial class ReportCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("brink-report-").FullName;

    private string Store => Path.Combine(directory, "runs.db");

    private static readonly string Situation = RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml");

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [GeneratedRegex("""(?:src|href)\s*=\s*["']?https?://""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResource();

    private string Report(params string[] run)
    {
        Assert.Equal(0, CliRun.Run([.. run, "--store", Store]).Exit);
        string html = Path.Combine(directory, "report.html");
        var (exit, _, error) = CliRun.Run("report", "1", "--out", html, "--store", Store);
        Assert.True(exit == 0, error);
        return File.ReadAllText(html);
    }

    [Fact]
    public void Report_PredictRun_SelfContainedWithLabelledCharts()
    {
        string html = Report("predict", Situation);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.True(Regex.Count(html, "<svg") >= 2);
        Assert.All(new[] { "concede", "restrain", "limited_overt", "major" }, c => Assert.Contains(c, html, StringComparison.Ordinal));
        Assert.Contains("font-family=\"DejaVu Sans\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalResource(), html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("90% intervals over 200 parameter draws", html, StringComparison.Ordinal);
        Assert.Contains(" is top in ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chart unavailable", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SimulateRun_HasFanChartsAndOutcomes()
    {
        string html = Report("simulate", Situation, "--runs", "300", "--horizon", "3");
        Assert.True(Regex.Count(html, "<svg") >= 4);
        Assert.Contains("Cumulative outcomes", html, StringComparison.Ordinal);
        Assert.Contains("Hazards per step", html, StringComparison.Ordinal);
        Assert.Contains("Time to outcome (steps)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chart unavailable", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SweepRun_HasHeatMapAndTornado()
    {
        string html = Report("sweep", Situation, "--vary", "state.sanctions=0:1:3", "--vary", "state.adversaries.us.engagement=0:1:3", "--replications", "2", "--horizon", "2");
        Assert.Contains("p(major) over the first two inputs", html, StringComparison.Ordinal);
        Assert.Contains("total Sobol index", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chart unavailable", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_BacktestRun_HasScoresAndCalibration()
    {
        string[] cases = ["soleimani-2020", "us-jcpoa-exit-2018", "afghan-war-2001", "damascus-consulate-2024"];
        string html = Report(["backtest", .. cases.Select(c => RepositoryPaths.Combine("data", "cases", "iran", c + ".yaml")), "--in-sample"]);
        Assert.Contains("<td>in-sample</td>", html, StringComparison.Ordinal);
        Assert.Contains("Calibration", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chart unavailable", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnknownRun_ExitsTwo()
    {
        Assert.Equal(0, CliRun.Run("predict", Situation, "--store", Store).Exit);
        Assert.Equal(2, CliRun.Run("report", "7", "--out", Path.Combine(directory, "x.html"), "--store", Store).Exit);
        Assert.Equal(2, CliRun.Run("report", "seven", "--out", Path.Combine(directory, "x.html"), "--store", Store).Exit);
        Assert.False(File.Exists(Path.Combine(directory, "x.html")));
    }
}
