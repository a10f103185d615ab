using System.Text;
using System.Text.Json.Serialization.Metadata;
using Brink.Analysis.Output;

namespace Brink.Web.Api;

/// <summary>JSON answers in Brink's one JSON style (<see cref="JsonOutput"/>), byte for byte what the CLI prints.</summary>
internal static class ApiResults
{
    public const string JsonType = "application/json";

    public static IResult Json<T>(T value, JsonTypeInfo<T> type, int status = StatusCodes.Status200OK) =>
        Results.Text(JsonOutput.Serialize(value, type), JsonType, Encoding.UTF8, status);

    public static IResult Error(int status, ApiError error) => Json(error, WebJsonContext.Default.ApiError, status);
}
