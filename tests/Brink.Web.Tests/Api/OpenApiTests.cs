using System.Net;
using Brink.Web.Tests.Infrastructure;

namespace Brink.Web.Tests.Api;

public class OpenApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/health")]
    [InlineData("/api/situations")]
    [InlineData("/api/situations/{name}")]
    [InlineData("/api/validate")]
    [InlineData("/api/predict")]
    [InlineData("/api/whatif")]
    [InlineData("/api/simulate")]
    [InlineData("/api/solve")]
    [InlineData("/api/compare")]
    [InlineData("/api/game")]
    public async Task Document_ListsEveryEndpoint(string path)
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.GetAsync("/openapi/v1.json", Cancel), HttpStatusCode.OK);
        Assert.True(body.GetProperty("paths").TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
    }

    [Fact]
    public async Task App_Root_ServesTheEmbeddedPageWithAStrictPolicy()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var response = await bench.Client.GetAsync("/", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPath_Returns404Json()
    {
        await using var bench = await TestWorkbench.StartAsync();
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.GetAsync("/api/nothing", Cancel), HttpStatusCode.NotFound));
    }
}
