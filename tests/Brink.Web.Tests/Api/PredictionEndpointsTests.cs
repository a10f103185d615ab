using System.Net;
using Brink.Cli;
using Brink.Cli.Infrastructure;
using Brink.Web.Tests.Infrastructure;

namespace Brink.Web.Tests.Api;

public class PredictionEndpointsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Predict_DemoSituation_EqualsTheCliJson()
    {
        await using var bench = await TestWorkbench.StartAsync();
        string file = RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml");
        var response = await bench.Client.PostAsync("/api/predict", TestWorkbench.Yaml(File.ReadAllText(file)), Cancel);
        string api = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);

        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = BrinkApp.Run(["predict", file, "--json", "--no-store"], new CliConsole(output, error, interactive: false));
        Assert.Equal(0, exit);
        Assert.Equal(output.ToString().TrimEnd('\n'), api);
    }

    [Fact]
    public async Task Predict_BadValue_Returns400WithLineAndColumn()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var (text, line, column) = BadSituation.SeverityNotANumber();
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/predict", TestWorkbench.Yaml(text), Cancel), HttpStatusCode.BadRequest);
        JsonAssert.IsError(body, line, column);
    }

    [Fact]
    public async Task Predict_Oversize_Returns413()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/predict", TestWorkbench.Yaml(new string('#', 2 << 20)), Cancel), HttpStatusCode.RequestEntityTooLarge);
        JsonAssert.IsError(body);
    }

    [Fact]
    public async Task WhatIf_LowerThreatCredibility_MovesProbabilityAndNamesTheObjective()
    {
        await using var bench = await TestWorkbench.StartAsync();
        string request = ReflectionJson.Serialize(new { situation = TestWorkbench.DemoText, overrides = new Dictionary<string, double> { ["state.adversaries.us.threat_credibility"] = 0.2 } });
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/whatif", TestWorkbench.Json(request), Cancel), HttpStatusCode.OK);
        string moved = body.GetProperty("moved").GetString()!;
        double shift = body.GetProperty("shifts").GetProperty(moved).GetDouble();
        Assert.True(Math.Abs(shift) > 0.001, $"the top shift is {shift}");
        Assert.Equal(
            body.GetProperty("prediction").GetProperty("probabilities").GetProperty(moved).GetDouble() - body.GetProperty("baseline").GetProperty("probabilities").GetProperty(moved).GetDouble(),
            shift, 12);
        Assert.Equal(5, body.GetProperty("mechanisms").GetArrayLength());
        Assert.Contains("threat_credibility: 0.2", body.GetProperty("situation_yaml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIf_UnknownPath_Returns400()
    {
        await using var bench = await TestWorkbench.StartAsync();
        string request = ReflectionJson.Serialize(new { situation = TestWorkbench.DemoText, overrides = new Dictionary<string, double> { ["state.nonsense"] = 0.2 } });
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/whatif", TestWorkbench.Json(request), Cancel), HttpStatusCode.BadRequest);
        JsonAssert.IsError(body);
        Assert.Contains("state.nonsense", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIf_BrokenJson_Returns400WithLineAndColumn()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/whatif", TestWorkbench.Json("{\n  \"situation\": oops\n}"), Cancel), HttpStatusCode.BadRequest);
        JsonAssert.IsError(body, 2, 16);
    }

    [Fact]
    public async Task WhatIf_BadSituation_Returns400WithLineAndColumn()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var (text, line, column) = BadSituation.SeverityNotANumber();
        string request = ReflectionJson.Serialize(new { situation = text });
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/whatif", TestWorkbench.Json(request), Cancel), HttpStatusCode.BadRequest);
        JsonAssert.IsError(body, line, column);
    }

    [Fact]
    public async Task Compare_TwoCases_ListsDifferingInputsAndBothPredictions()
    {
        await using var bench = await TestWorkbench.StartAsync();
        string left = await bench.Client.GetStringAsync("/api/situations/soleimani-2020.yaml", Cancel);
        string request = ReflectionJson.Serialize(new { left, right = TestWorkbench.DemoText });
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/compare", TestWorkbench.Json(request), Cancel), HttpStatusCode.OK);
        Assert.Equal("soleimani-2020", body.GetProperty("left").GetProperty("id").GetString());
        Assert.Equal("iran-2025-fordow", body.GetProperty("right").GetProperty("id").GetString());
        var differences = body.GetProperty("differences").EnumerateArray().ToList();
        Assert.NotEmpty(differences);
        Assert.All(differences, d => Assert.NotEqual(d.GetProperty("left").ToString(), d.GetProperty("right").ToString()));
    }

    [Fact]
    public async Task Compare_BadRightSituation_Returns400WithLineAndColumn()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var (text, line, column) = BadSituation.SeverityNotANumber();
        string request = ReflectionJson.Serialize(new { left = TestWorkbench.DemoText, right = text });
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/compare", TestWorkbench.Json(request), Cancel), HttpStatusCode.BadRequest);
        JsonAssert.IsError(body, line, column);
    }

    [Fact]
    public async Task Compare_MissingSide_Returns400()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var body = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/compare", TestWorkbench.Json("{\"left\": \"id: x\"}"), Cancel), HttpStatusCode.BadRequest);
        JsonAssert.IsError(body);
    }
}
