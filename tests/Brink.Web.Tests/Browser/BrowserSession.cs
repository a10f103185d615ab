using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Brink.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Brink.Web.Tests.Browser;

/// <summary>
/// The workbench on a real 127.0.0.1 port with Debian's chromium driving it through Playwright. Without
/// /usr/bin/chromium the test is skipped, except in CI (CI=true), where .ci/run installs it and its absence fails.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly WebApplication app;
    private readonly IPlaywright? playwright;
    private readonly IBrowser? browser;
    private readonly IBrowserContext context;

    private BrowserSession(WebApplication app, string workspace, string url, IPlaywright? playwright, IBrowser? browser, IBrowserContext context, IPage page)
    {
        this.app = app;
        this.playwright = playwright;
        this.browser = browser;
        this.context = context;
        Workspace = workspace;
        Url = url;
        Page = page;
    }

    public string Workspace { get; }

    public string Url { get; }

    public IPage Page { get; }

    public static Task<BrowserSession> StartAsync() => StartAsync(null);

    /// <summary>
    /// A fresh workbench and workspace, in a new browser context of <paramref name="shared"/>'s chromium when given
    /// (a class of browser tests launches it once), else of a chromium of its own.
    /// </summary>
    public static async Task<BrowserSession> StartAsync(SharedBrowser? shared)
    {
        SkipWithoutChromium();
        string workspace = Path.Combine(Path.GetTempPath(), "brink-web-tests", Guid.NewGuid().ToString("N"));
        var app = WorkbenchHost.Build(TestWorkbench.Options(workspace) with { Port = 0 });
        await app.StartAsync(TestContext.Current.CancellationToken);
        string url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        IPlaywright? playwright = null;
        IBrowser? browser = null;
        if (shared is null)
        {
            playwright = await Playwright.CreateAsync();
            browser = await LaunchAsync(playwright);
        }

        var context = await (shared?.Browser ?? browser)!.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1500, Height = 1000 } });
        // Generous: CI runs every test assembly at once on two cores, and a wait ends as soon as the state shows.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.Locator("body[data-ready='true']").WaitForAsync();
        return new BrowserSession(app, workspace, url, playwright, browser, context, page);
    }

    public static void SkipWithoutChromium()
    {
        if (!File.Exists(Chromium))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{Chromium} is missing in CI; .ci/run should have installed it (apt-get install -y chromium)");
            Assert.Skip($"browser tests need {Chromium} (apt-get install -y chromium); skipped");
        }
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });

    /// <summary>Saves a screenshot under the test output folder (bin/.../screenshots) for the reviewer.</summary>
    public async Task ScreenshotAsync(string name)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await context.DisposeAsync();
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await app.DisposeAsync();
        if (Directory.Exists(Workspace))
        {
            Directory.Delete(Workspace, recursive: true);
        }
    }
}
