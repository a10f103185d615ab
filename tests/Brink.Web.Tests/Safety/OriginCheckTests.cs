using System.Net;
using Brink.Web.Tests.Infrastructure;

namespace Brink.Web.Tests.Safety;

public class OriginCheckTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("POST", "/api/predict")]
    [InlineData("POST", "/api/validate")]
    [InlineData("PUT", "/api/situations/evil.yaml")]
    [InlineData("POST", "/api/solve")]
    [InlineData("POST", "/api/jobs/simulate")]
    [InlineData("POST", "/api/jobs/sweep")]
    [InlineData("POST", "/api/jobs/backtest")]
    [InlineData("POST", "/api/jobs/someid/cancel")]
    [InlineData("DELETE", "/api/jobs/someid")]
    [InlineData("POST", "/api/runs/1/rerun")]
    [InlineData("DELETE", "/api/runs/1")]
    [InlineData("POST", "/api/game/payoff")]
    public async Task StateChangingRequest_CrossSiteOrigin_Returns403(string method, string path)
    {
        await using var bench = await TestWorkbench.StartAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = TestWorkbench.Yaml(TestWorkbench.DemoText) };
        request.Headers.Add("Origin", "http://evil.example");
        var body = await JsonAssert.ReadAsync(await bench.Client.SendAsync(request, Cancel), HttpStatusCode.Forbidden);
        JsonAssert.IsError(body);
        Assert.False(File.Exists(Path.Combine(TestWorkbench.Situations(bench.Workspace), "evil.yaml")));
    }

    [Fact]
    public async Task StateChangingRequest_SecFetchSiteCrossSite_Returns403()
    {
        await using var bench = await TestWorkbench.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/validate") { Content = TestWorkbench.Yaml(TestWorkbench.DemoText) };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        await JsonAssert.ReadAsync(await bench.Client.SendAsync(request, Cancel), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task StateChangingRequest_OwnOrigin_IsServed()
    {
        await using var bench = await TestWorkbench.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/validate") { Content = TestWorkbench.Yaml(TestWorkbench.DemoText) };
        request.Headers.Add("Origin", bench.Client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        await JsonAssert.ReadAsync(await bench.Client.SendAsync(request, Cancel), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Read_CrossSiteOrigin_IsServed()
    {
        await using var bench = await TestWorkbench.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Add("Origin", "http://evil.example");
        await JsonAssert.ReadAsync(await bench.Client.SendAsync(request, Cancel), HttpStatusCode.OK);
    }
}
