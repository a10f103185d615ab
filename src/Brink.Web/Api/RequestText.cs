using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Brink.Analysis.Output;

namespace Brink.Web.Api;

/// <summary>
/// Reads a request body as text under the size limit, whatever server hosts the app (Kestrel enforces its own
/// limit too; the in-process test server does not), and JSON bodies in Brink's JSON style.
/// </summary>
internal static class RequestText
{
    public static async Task<string> ReadAsync(HttpRequest request, long limit)
    {
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static async Task<T> ReadJsonAsync<T>(HttpRequest request, long limit, JsonTypeInfo<T> type)
        where T : class
    {
        return ParseJson(await ReadAsync(request, limit), type);
    }

    /// <summary>Reads JSON text already in hand; a syntax error is a 400 with its 1-based line and column.</summary>
    public static T ParseJson<T>(string text, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonOutput.Deserialize(text, type) ?? throw ApiProblem.BadRequest("expected a JSON object, found null");
        }
        catch (JsonException error)
        {
            // JsonException's positions are 0-based; the API's are 1-based like every Brink input error.
            int? line = error.LineNumber is { } l ? (int)l + 1 : null;
            int? column = error.BytePositionInLine is { } c ? (int)c + 1 : null;
            throw ApiProblem.BadRequest("expected a JSON body: " + FirstSentence(error.Message), line, column);
        }
    }

    private static ApiProblem TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, new ApiError($"the request body is larger than the limit of {limit} bytes"));

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
