using Microsoft.Playwright;

namespace Brink.Web.Tests.Browser;

/// <summary>
/// One chromium for a class of browser tests: launching it is most of a short test's time. Each test still gets its
/// own workbench, workspace and browser context (<see cref="BrowserSession.StartAsync(SharedBrowser)"/>), so tests
/// share no state. Without chromium nothing launches and each test skips as <see cref="BrowserSession"/> says.
/// </summary>
public sealed class SharedBrowser : IAsyncLifetime
{
    private IPlaywright? playwright;

    internal IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (File.Exists(BrowserSession.Chromium))
        {
            playwright = await Playwright.CreateAsync();
            Browser = await BrowserSession.LaunchAsync(playwright);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
