using System.Globalization;
using Microsoft.Playwright;

namespace Brink.Web.Tests.Browser;

/// <summary>The workbench in a real browser: stable data-testid selectors, waits on visible state, one screenshot per test.</summary>
[Trait("Category", "Browser")]
public class WorkbenchBrowserTests(SharedBrowser browser) : IClassFixture<SharedBrowser>
{
    [Fact]
    public async Task Scenarios_OpenCase_ShowsPredictionBars()
    {
        await using var session = await BrowserSession.StartAsync(browser);
        var page = session.Page;
        await page.GetByTestId("situation-item").Nth(3).ClickAsync();
        await page.GetByTestId("prob-top").WaitForAsync();
        Assert.Equal(7, await page.Locator("[data-testid^='prob-']").Filter(new LocatorFilterOptions { Has = page.Locator(".track") }).CountAsync());
        Assert.NotEmpty(await page.GetByTestId("prob-flip").InnerTextAsync());
        await session.ScreenshotAsync("scenarios-prediction");
    }

    [Fact]
    public async Task Editor_BrokenYaml_ShowsTheLocatedError()
    {
        await using var session = await BrowserSession.StartAsync(browser);
        var page = session.Page;
        await page.GetByTestId("validation-ok").WaitForAsync();
        string text = await page.GetByTestId("yaml-editor").InputValueAsync();
        var lines = text.Split('\n');
        int index = Array.FindIndex(lines, l => l.TrimStart().StartsWith("severity:", StringComparison.Ordinal));
        lines[index] = "  severity: lots";
        await page.GetByTestId("yaml-editor").FillAsync(string.Join('\n', lines));
        var error = page.GetByTestId("validation-error").First;
        await error.WaitForAsync();
        Assert.Contains($"line {index + 1}, column 13", await error.InnerTextAsync(), StringComparison.Ordinal);
        await session.ScreenshotAsync("editor-located-error");
    }

    [Fact]
    public async Task WhatIf_MoveSlider_ChangesAProbability()
    {
        await using var session = await BrowserSession.StartAsync(browser);
        var page = session.Page;
        await page.GetByTestId("prob-top").WaitForAsync();
        var slider = page.Locator("[data-testid='whatif-slider'][data-path='state.military_parity']");
        await slider.WaitForAsync();
        string before = await page.GetByTestId("prediction").InnerTextAsync();
        await slider.FillAsync("1");
        var sentence = page.GetByTestId("whatif-sentence");
        await sentence.WaitForAsync();
        Assert.Matches("(rose|fell) from [0-9.]+ to [0-9.]+, mostly through", await sentence.InnerTextAsync());
        Assert.NotEqual(before, await page.GetByTestId("prediction").InnerTextAsync());
        await session.ScreenshotAsync("whatif-slider");

        await page.GetByTestId("whatif-name").FillAsync("parity-what-if");
        await page.GetByTestId("whatif-save").ClickAsync();
        await page.Locator("[data-testid='situation-item'][data-name='parity-what-if.yaml']").WaitForAsync();
        string saved = File.ReadAllText(Path.Combine(session.Workspace, "situations", "parity-what-if.yaml"));
        Assert.Contains("military_parity: 1", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_TwoCases_ShowsBothAndTheDifferences()
    {
        await using var session = await BrowserSession.StartAsync(browser);
        var page = session.Page;
        await page.GetByTestId("tab-compare").ClickAsync();
        await page.GetByTestId("compare-right").SelectOptionAsync(new SelectOptionValue { Index = 5 });
        await page.GetByTestId("compare-button").ClickAsync();
        await page.GetByTestId("left-top").WaitForAsync();
        await page.GetByTestId("right-top").WaitForAsync();
        Assert.True(await page.GetByTestId("difference-row").CountAsync() > 0);
        await session.ScreenshotAsync("compare");
    }

    [Fact]
    public async Task Games_SolveTree_ShowsEquilibriumOnTheTree()
    {
        await using var session = await BrowserSession.StartAsync(browser);
        var page = session.Page;
        await page.GetByTestId("tab-games").ClickAsync();
        string text = File.ReadAllText(Infrastructure.RepositoryPaths.Combine("data", "games", "stripped_down_poker.efg"));
        await page.GetByTestId("game-text").FillAsync(text);
        await page.GetByTestId("game-tree").WaitForAsync();
        Assert.True(await page.GetByTestId("information-set").CountAsync() > 0);
        await page.GetByTestId("game-method").SelectOptionAsync("lcp");
        await page.GetByTestId("game-solve").ClickAsync();
        await page.GetByTestId("equilibrium-row").First.WaitForAsync();
        Assert.StartsWith("NE,", (await page.GetByTestId("equilibrium-row").First.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        var labels = page.GetByTestId("branch-probability");
        await labels.First.WaitForAsync();
        Assert.True(await labels.CountAsync() > 0);
        await session.ScreenshotAsync("games-equilibrium");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-game-svg").ClickAsync());
        string saved = Path.Combine(Path.GetTempPath(), $"brink-tree-{Guid.NewGuid():N}.svg");
        await download.SaveAsAsync(saved);
        Assert.Contains("<svg", File.ReadAllText(saved), StringComparison.Ordinal);
        File.Delete(saved);
    }

    [Fact]
    public async Task Simulate_Run_DrawsFanChartAndDownloadsSvgAndCsv()
    {
        await using var session = await BrowserSession.StartAsync(browser);
        var page = session.Page;
        await page.GetByTestId("tab-simulate").ClickAsync();
        await page.Locator("#sim-runs").FillAsync("200");
        await page.Locator("#sim-horizon").FillAsync("6");
        await page.GetByTestId("sim-run").ClickAsync();
        await page.GetByTestId("sim-summary").WaitForAsync();
        await session.ScreenshotAsync("simulate-fan");

        var svg = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-fan-svg").ClickAsync());
        Assert.EndsWith(".svg", svg.SuggestedFilename, StringComparison.Ordinal);
        string svgPath = Path.Combine(Path.GetTempPath(), $"brink-fan-{Guid.NewGuid():N}.svg");
        await svg.SaveAsAsync(svgPath);
        Assert.Contains("<polygon", File.ReadAllText(svgPath), StringComparison.Ordinal);
        File.Delete(svgPath);

        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-fan-csv").ClickAsync());
        string csvPath = Path.Combine(Path.GetTempPath(), $"brink-fan-{Guid.NewGuid():N}.csv");
        await csv.SaveAsAsync(csvPath);
        var rows = File.ReadAllLines(csvPath);
        File.Delete(csvPath);
        Assert.Equal("step,variable,mean,p05,p25,p50,p75,p95", rows[0]);
        // Steps 0..6 for every state variable: seven rows each.
        Assert.Equal(0, (rows.Length - 1) % 7);
        Assert.Contains(rows, r => r.StartsWith("6,legitimacy,", StringComparison.Ordinal));
        Assert.True(double.TryParse(rows[1].Split(',')[2], NumberStyles.Float, CultureInfo.InvariantCulture, out _));
    }
}
