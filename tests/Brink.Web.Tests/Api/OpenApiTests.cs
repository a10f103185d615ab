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
    [InlineData("/api/game/payoff")]
    [InlineData("/api/jobs/simulate")]
    [InlineData("/api/jobs/sweep")]
    [InlineData("/api/jobs/backtest")]
    [InlineData("/api/jobs/{id}")]
    [InlineData("/api/jobs/{id}/cancel")]
    [InlineData("/api/runs")]
    [InlineData("/api/runs/{id}")]
    [InlineData("/api/runs/{id}/rerun")]
    [InlineData("/api/runs/{id}/report")]
    public async Task Document_ListsEveryEndpoint(string path)
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.GetAsync("/openapi/v1.json", Cancel), HttpStatusCode.OK);
        Assert.True(body.GetProperty("paths").TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
    }

    [Theory]
    [InlineData("/api/predict")]
    [InlineData("/api/whatif")]
    [InlineData("/api/solve")]
    public async Task Document_DescribesTheErrorAnswers(string path)
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.GetAsync("/openapi/v1.json", Cancel), HttpStatusCode.OK);
        var post = body.GetProperty("paths").GetProperty(path).GetProperty("post");
        Assert.True(post.GetProperty("responses").TryGetProperty("400", out _), $"{path} does not declare its 400");
    }

    [Fact]
    public async Task Document_EveryPostAndPut_DescribesItsRequestBody()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.GetAsync("/openapi/v1.json", Cancel), HttpStatusCode.OK);
        var missing = new List<string>();
        int operations = 0;
        foreach (var path in body.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in new[] { "post", "put" })
            {
                if (!path.Value.TryGetProperty(method, out var operation))
                {
                    continue;
                }

                operations++;
                if (!operation.TryGetProperty("requestBody", out var request) || !request.GetProperty("content").EnumerateObject().Any())
                {
                    missing.Add($"{method} {path.Name}");
                }
            }
        }

        Assert.True(operations >= 15, $"only {operations} POST and PUT operations documented");
        Assert.True(missing.Count == 0, "no request body: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("/api/predict", "post", "application/yaml")]
    [InlineData("/api/situations/{name}", "put", "application/yaml")]
    [InlineData("/api/whatif", "post", "application/json")]
    [InlineData("/api/jobs/sweep", "post", "application/json")]
    [InlineData("/api/solve", "post", "text/plain")]
    public async Task Document_RequestBody_NamesItsContentType(string path, string method, string type)
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.GetAsync("/openapi/v1.json", Cancel), HttpStatusCode.OK);
        var content = body.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("requestBody").GetProperty("content");
        Assert.True(content.TryGetProperty(type, out _), $"{method} {path} does not document {type}: {content}");
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

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/yaml")]
    [InlineData("text/plain")]
    public async Task Predict_AnyContentType_IsServed(string type)
    {
        // curl --data-binary sends form encoding unless told otherwise; the body is YAML all the same.
        await using var bench = await TestWorkbench.StartAsync();
        var content = new StringContent(TestWorkbench.DemoText);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/predict?draws=0", content, Cancel), HttpStatusCode.OK);
    }

    [Fact]
    public async Task UnknownPath_Returns404Json()
    {
        await using var bench = await TestWorkbench.StartAsync();
        JsonAssert.IsError(await JsonAssert.ReadAsync(await bench.Client.GetAsync("/api/nothing", Cancel), HttpStatusCode.NotFound));
    }
}
