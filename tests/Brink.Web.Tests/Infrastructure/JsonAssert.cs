using System.Text.Json;

namespace Brink.Web.Tests.Infrastructure;

/// <summary>Reads an API answer and asserts its status and the error shape.</summary>
internal static class JsonAssert
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        string text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, found {(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>An error body: one sentence, no stack trace, and (when given) the 1-based line and column.</summary>
    public static void IsError(JsonElement body, int? line = null, int? column = null)
    {
        string error = body.GetProperty("error").GetString()!;
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        if (line is not null)
        {
            Assert.Equal(line, body.GetProperty("line").GetInt32());
            Assert.Equal(column, body.GetProperty("column").GetInt32());
        }
    }
}
