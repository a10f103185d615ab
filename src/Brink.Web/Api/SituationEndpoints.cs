using System.Text;
using Brink.Model.Situations;
using Brink.Web.Workspace;

namespace Brink.Web.Api;

/// <summary>The workspace's situation files: list, read, write, and validation of unsaved text.</summary>
internal static class SituationEndpoints
{
    public const string YamlType = "application/yaml";

    /// <summary>The name situation errors carry when the text came in a request body rather than from a file.</summary>
    public const string RequestPath = "request.yaml";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", (WorkspaceFolder workspace) => ApiResults.Json(new HealthView("ok", workspace.Root), WebJsonContext.Default.HealthView))
            .WithSummary("Whether the server is up, and its workspace.");
        app.MapGet("/api/situations", List).WithSummary("The workspace's situation files, each with id, title and focal actor, or its first error.");
        app.MapGet("/api/situations/{name}", Read).WithSummary("One situation file's YAML text.");
        app.MapPut("/api/situations/{name}", WriteAsync).AnswersJson().TakesBody(RequestBodies.Yaml, "The situation text to save.").WithSummary("Saves YAML text as a situation file; refuses text that is not a valid situation.");
        app.MapPost("/api/validate", ValidateAsync).AnswersJson().TakesBody(RequestBodies.Yaml, "A situation text, valid or not.").WithSummary("Every error of a YAML situation text, each with line and column; an empty list when it is valid.");
    }

    /// <summary>Parses body text as a situation; a bad one becomes a 400 with line and column.</summary>
    public static Situation Parse(string text, string path = RequestPath) => SituationLoader.Parse(text, path);

    private static IResult List(WorkspaceFolder workspace) =>
        ApiResults.Json(workspace.List().Select(name =>
        {
            string text = workspace.Read(name) ?? string.Empty;
            return SituationLoader.TryParse(text, name, out var situation, out var error)
                ? new SituationEntry(name, situation!.Id, situation.Title, situation.Focal, situation.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null)
                : new SituationEntry(name, null, null, null, null, ApiError.From(error!));
        }).ToList(), WebJsonContext.Default.IReadOnlyListSituationEntry);

    private static IResult Read(string name, WorkspaceFolder workspace) =>
        workspace.Read(name) is { } text
            ? Results.Text(text, YamlType, Encoding.UTF8)
            : ApiResults.Error(StatusCodes.Status404NotFound, new ApiError($"no situation named '{name}' in the workspace"));

    private static async Task<IResult> WriteAsync(string name, HttpRequest request, WorkspaceFolder workspace, WorkbenchOptions options)
    {
        string text = await RequestText.ReadAsync(request, options.MaxRequestBytes);
        workspace.Resolve(name);
        Parse(text, name);
        bool created = workspace.Write(name, text);
        return ApiResults.Json(new SavedSituation(name, created), WebJsonContext.Default.SavedSituation, created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ValidateAsync(HttpRequest request, WorkbenchOptions options)
    {
        string text = await RequestText.ReadAsync(request, options.MaxRequestBytes);
        return ApiResults.Json([.. SituationLoader.Validate(text, RequestPath).Select(ApiError.From)], WebJsonContext.Default.IReadOnlyListApiError);
    }
}
