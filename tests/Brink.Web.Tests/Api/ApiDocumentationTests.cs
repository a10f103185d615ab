using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Brink.Web.Tests.Infrastructure;

namespace Brink.Web.Tests.Api;

/// <summary>docs/api.md's examples run: the documented error is the one the API gives, and every documented path exists.</summary>
public partial class ApiDocumentationTests
{
    private static readonly string Document = File.ReadAllText(RepositoryPaths.Combine("docs", "api.md"));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ErrorExample_IsWhatTheApiAnswersForTheBrokenDemo()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var (text, _, _) = BadSituation.SeverityNotANumber();
        var actual = await JsonAssert.ReadAsync(await bench.Client.PostAsync("/api/predict", TestWorkbench.Yaml(text), Cancel), HttpStatusCode.BadRequest);
        var documented = JsonDocument.Parse(ErrorExample().Match(Document).Groups["json"].Value).RootElement;
        Assert.Equal(documented.GetProperty("error").GetString(), actual.GetProperty("error").GetString());
        Assert.Equal(documented.GetProperty("line").GetInt32(), actual.GetProperty("line").GetInt32());
        Assert.Equal(documented.GetProperty("column").GetInt32(), actual.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task EndpointTable_EveryPathIsServed()
    {
        await using var bench = await TestWorkbench.StartAsync();
        var paths = (await JsonAssert.ReadAsync(await bench.Client.GetAsync("/openapi/v1.json", Cancel), HttpStatusCode.OK)).GetProperty("paths");
        var documented = EndpointRow().Matches(Document).Select(m => m.Groups["path"].Value).Distinct().ToList();
        Assert.True(documented.Count >= 11, $"only {documented.Count} endpoints documented");
        Assert.All(documented, path => Assert.True(paths.TryGetProperty(path, out _), $"{path} is documented but not served"));
    }

    [GeneratedRegex(@"```json\n(?<json>\{ ""error"".*?\})\n```", RegexOptions.Singleline)]
    private static partial Regex ErrorExample();

    [GeneratedRegex(@"^\| `(?:GET|PUT|POST) (?<path>/api/[^?` ]+)", RegexOptions.Multiline)]
    private static partial Regex EndpointRow();
}
