using Brink.Model.Prediction;

namespace Brink.Web.Api;

/// <summary><c>POST /api/inputs</c>: every 0..1 input of a situation (the what-if sliders, the paths <c>/api/whatif</c> takes).</summary>
internal static class InputEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/inputs", InputsAsync).AnswersJson().TakesBody(RequestBodies.Yaml, "A situation (docs/situations.md).").WithSummary("Every 0..1 input of a situation (YAML body): key (a what-if path), label and value, in file order.");

    private static async Task<IResult> InputsAsync(HttpRequest request, WorkbenchOptions options)
    {
        var situation = SituationEndpoints.Parse(await RequestText.ReadAsync(request, options.MaxRequestBytes));
        return ApiResults.Json([.. SituationInput.Of(situation).Select(InputView.Of)], WebJsonContext.Default.IReadOnlyListInputView);
    }
}
