using Microsoft.Playwright;

namespace Brink.Web.Tests.Browser;

/// <summary>
/// The analysis pages in a real browser: sweep heat map, backtest calibration, the run store, a cancelled
/// simulation and an edited payoff. Small runs throughout, so the class adds seconds, not minutes, to CI.
/// </summary>
[Trait("Category", "Browser")]
public class AnalysisBrowserTests(SharedBrowser browser) : IClassFixture<SharedBrowser>
{
    private static async Task<string> SaveAsync(IDownload download, string extension)
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-download-{Guid.NewGuid():N}{extension}");
        await download.SaveAsAsync(path);
        string text = File.ReadAllText(path);
        File.Delete(path);
        return text;
    }

    [Fact]
    public async Task Sweep_TwoInputs_DrawsHeatMapAndDownloadsSvgAndCsv()
    {
        await using var session = await BrowserSession.StartAsync(browser);
        var page = session.Page;
        await page.GetByTestId("tab-sweep").ClickAsync();
        await page.GetByTestId("sweep-x").SelectOptionAsync("state.sanctions");
        await page.GetByTestId("sweep-y").SelectOptionAsync("state.military_parity");
        await page.GetByTestId("sweep-x-levels").FillAsync("3");
        await page.GetByTestId("sweep-y-levels").FillAsync("3");
        await page.GetByTestId("sweep-run").ClickAsync();
        await page.GetByTestId("heatmap").WaitForAsync();
        Assert.Equal(9, await page.GetByTestId("heatmap-cell").CountAsync());
        await session.ScreenshotAsync("sweep-heatmap");

        string svg = await SaveAsync(await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-heatmap-svg").ClickAsync()), ".svg");
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("heatmap-cell", svg, StringComparison.Ordinal);
        var csv = (await SaveAsync(await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-heatmap-csv").ClickAsync()), ".csv")).TrimEnd('\n').Split('\n');
        Assert.Equal("state.sanctions,state.military_parity,p_major", csv[0]);
        Assert.Equal(10, csv.Length);
    }

    [Fact]
    public async Task Backtest_InSample_ShowsCalibrationPlotAndTheLabel()
    {
        await using var session = await BrowserSession.StartAsync(browser);
        var page = session.Page;
        await page.GetByTestId("tab-backtest").ClickAsync();
        await page.GetByTestId("backtest-cases").SelectOptionAsync(["afghan-war-2001.yaml", "ahvaz-parade-2018.yaml", "axis-of-evil-2002.yaml"]);
        await page.GetByTestId("backtest-in-sample").CheckAsync();
        await page.GetByTestId("backtest-run").ClickAsync();
        await page.GetByTestId("calibration-plot").WaitForAsync();
        Assert.True(await page.GetByTestId("calibration-point").CountAsync() > 0);
        Assert.Equal(3, await page.GetByTestId("backtest-row").CountAsync());
        Assert.Contains("model: in-sample", await page.GetByTestId("backtest-label").InnerTextAsync(), StringComparison.Ordinal);
        await session.ScreenshotAsync("backtest-calibration");

        string svg = await SaveAsync(await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-calibration-svg").ClickAsync()), ".svg");
        Assert.Contains("<circle", svg, StringComparison.Ordinal);
        string csv = await SaveAsync(await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-calibration-csv").ClickAsync()), ".csv");
        Assert.StartsWith("lower,upper,count,mean_predicted,observed_frequency\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_SimulationRecorded_ListedOpenedAndDeleted()
    {
        await using var session = await BrowserSession.StartAsync(browser);
        var page = session.Page;
        await page.GetByTestId("tab-simulate").ClickAsync();
        await page.Locator("#sim-runs").FillAsync("50");
        await page.Locator("#sim-horizon").FillAsync("2");
        await page.GetByTestId("sim-run").ClickAsync();
        await page.GetByTestId("sim-summary").WaitForAsync();

        await page.GetByTestId("tab-runs").ClickAsync();
        var row = page.GetByTestId("run-row");
        await row.First.WaitForAsync();
        Assert.Equal(1, await row.CountAsync());
        Assert.Equal("simulate", await row.First.GetAttributeAsync("data-kind"));
        await page.GetByTestId("run-open").First.ClickAsync();
        Assert.Contains("brink simulate", await page.GetByTestId("run-command").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("/api/runs/1/report", await page.GetByTestId("run-report").First.GetAttributeAsync("href"));
        await session.ScreenshotAsync("runs-list");

        await page.GetByTestId("run-delete").First.ClickAsync();
        await page.GetByTestId("runs-empty").WaitForAsync();
        Assert.Contains("deleted run 1", await page.GetByTestId("runs-status").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_LongRun_ShowsProgressAndCancels()
    {
        await using var session = await BrowserSession.StartAsync(browser);
        var page = session.Page;
        await page.GetByTestId("tab-simulate").ClickAsync();
        await page.Locator("#sim-runs").FillAsync("20000");
        await page.Locator("#sim-horizon").FillAsync("600");
        await page.GetByTestId("sim-run").ClickAsync();
        await page.GetByTestId("sim-progress").WaitForAsync();
        await session.ScreenshotAsync("simulate-progress");
        await page.GetByTestId("sim-cancel").ClickAsync();
        await page.Locator("[data-testid='sim-status'][data-state='cancelled']").WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("sim-summary").CountAsync());

        await page.GetByTestId("tab-runs").ClickAsync();
        await page.GetByTestId("runs-empty").WaitForAsync();
    }

    [Fact]
    public async Task Games_EditPayoff_ResolvesAndTheEquilibriumChanges()
    {
        await using var session = await BrowserSession.StartAsync(browser);
        var page = session.Page;
        await page.GetByTestId("tab-games").ClickAsync();
        await page.GetByTestId("game-text").FillAsync(Games.PayoffEndpointsTests.Dilemma);
        await page.GetByTestId("game-table").WaitForAsync();
        await page.GetByTestId("game-method").SelectOptionAsync("enumpure");
        await page.GetByTestId("game-solve").ClickAsync();
        var equilibrium = page.GetByTestId("equilibrium-row").First;
        await equilibrium.WaitForAsync();
        Assert.Equal("NE,0,1,0,1", (await equilibrium.InnerTextAsync()).Trim());

        // Row's payoff at (D, D), the seventh payoff in reading order, reached by keyboard: focus and Enter.
        var payoff = page.GetByTestId("payoff").Nth(6);
        await payoff.FocusAsync();
        await payoff.PressAsync("Enter");
        await page.GetByTestId("payoff-value").FillAsync("-5");
        await page.GetByTestId("payoff-value").PressAsync("Enter");
        await page.Locator("[data-testid='equilibrium-row']", new PageLocatorOptions { HasText = "NE,1,0,0,1" }).WaitForAsync();
        Assert.Contains("-5", await page.GetByTestId("game-text").InputValueAsync(), StringComparison.Ordinal);
        await session.ScreenshotAsync("games-payoff-edited");
    }
}
