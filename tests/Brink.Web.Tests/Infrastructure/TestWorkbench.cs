using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Brink.Web.Tests.Infrastructure;

/// <summary>
/// The workbench in-process on the test server (Microsoft.AspNetCore.Mvc.Testing's host), with a fresh workspace
/// seeded from data/cases/iran and the repository's packs. Disposing deletes the workspace.
/// </summary>
internal sealed class TestWorkbench : IAsyncDisposable
{
    private TestWorkbench(WebApplication app, string workspace)
    {
        App = app;
        Workspace = workspace;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public string Workspace { get; }

    public HttpClient Client { get; }

    public static string Situations(string workspace) => Path.Combine(workspace, "situations");

    public static async Task<TestWorkbench> StartAsync()
    {
        string workspace = Path.Combine(Path.GetTempPath(), "brink-web-tests", Guid.NewGuid().ToString("N"));
        var app = WorkbenchHost.Build(Options(workspace), builder => builder.WebHost.UseTestServer());
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new TestWorkbench(app, workspace);
    }

    public static WorkbenchOptions Options(string workspace) =>
        new(workspace, RepositoryPaths.Combine("packs"), RepositoryPaths.Combine("data", "cases", "iran"));

    public static StringContent Yaml(string text)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        return content;
    }

    public static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    public static string DemoText => File.ReadAllText(RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml"));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        if (Directory.Exists(Workspace))
        {
            Directory.Delete(Workspace, recursive: true);
        }
    }
}
