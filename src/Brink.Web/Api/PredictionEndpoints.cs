using Brink.Analysis.Output;
using Brink.Analysis.WhatIf;
using Brink.Model.Prediction;
using Brink.Model.Situations;
using Brink.Model.Uncertainty;

namespace Brink.Web.Api;

/// <summary>
/// Predictions: one situation (the same JSON as <c>brink predict --json</c>), a what-if with some inputs changed,
/// and two situations compared. The model work is Brink.Model's and Brink.Analysis's; this only parses and answers.
/// </summary>
internal static class PredictionEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/predict", PredictAsync).AnswersJson().TakesBody(RequestBodies.Yaml, "A situation (docs/situations.md).")
            .WithSummary("Predicts a situation (YAML body); the same JSON as brink predict --json. Query: draws, seed.");
        app.MapPost("/api/whatif", WhatIfAsync).AnswersJson().TakesBody(RequestBodies.Json, "{situation: YAML text, overrides: {path: value}, draws, seed}; see docs/api.md.")
            .WithSummary("Re-predicts a situation with inputs overridden by path (as brink sweep --vary takes them) and says which objective moved the probability.");
        app.MapPost("/api/compare", CompareAsync).AnswersJson().TakesBody(RequestBodies.Json, "{left: YAML text, right: YAML text, draws, seed}.")
            .WithSummary("Predicts two situations and lists the inputs that differ.");
    }

    private static async Task<IResult> PredictAsync(HttpRequest request, ModelCatalog models, WorkbenchOptions options, int? draws, ulong? seed)
    {
        var situation = SituationEndpoints.Parse(await RequestText.ReadAsync(request, options.MaxRequestBytes));
        var result = new Predictor(models.PackFor(situation.Focal)).Explain(situation, Uncertainty(draws ?? UncertaintyOptions.DefaultDraws, seed));
        return ApiResults.Json(result, AnalysisJsonContext.Default.PredictionResult);
    }

    private static async Task<IResult> WhatIfAsync(HttpRequest request, ModelCatalog models, BaselineCache baselines, WorkbenchOptions options)
    {
        var body = await RequestText.ReadJsonAsync(request, options.MaxRequestBytes, WebJsonContext.Default.WhatIfRequest);
        var situation = SituationEndpoints.Parse(body.Situation ?? throw ApiProblem.BadRequest("expected a 'situation' field holding YAML text"));
        var overrides = (body.Overrides ?? []).OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
        WhatIfResult result;
        try
        {
            var pack = models.PackFor(situation.Focal);
            var uncertainty = Uncertainty(body.Draws ?? 0, body.Seed);
            result = WhatIfAnalysis.Run(situation, pack, overrides, uncertainty, baselines.Get(body.Situation, situation, pack, uncertainty));
        }
        catch (FormatException error)
        {
            // An unknown path or a value out of range is the client's input, not a bug in the caller.
            throw ApiProblem.BadRequest(error.Message);
        }

        string text = body.Situation;
        foreach (var change in result.Overrides.Where(o => !o.Path.StartsWith(Brink.Analysis.Sweeps.SweepTarget.PackPrefix, StringComparison.Ordinal)))
        {
            text = SituationText.SetValue(text, change.Path, change.To);
        }

        return ApiResults.Json(WhatIfAnswer.Of(result, text), WebJsonContext.Default.WhatIfAnswer);
    }

    private static async Task<IResult> CompareAsync(HttpRequest request, ModelCatalog models, WorkbenchOptions options)
    {
        var body = await RequestText.ReadJsonAsync(request, options.MaxRequestBytes, WebJsonContext.Default.CompareRequest);
        var left = SituationEndpoints.Parse(body.Left ?? throw ApiProblem.BadRequest("expected a 'left' field holding YAML text"), "left.yaml");
        var right = SituationEndpoints.Parse(body.Right ?? throw ApiProblem.BadRequest("expected a 'right' field holding YAML text"), "right.yaml");
        var result = SituationComparison.Compare(left, models.PackFor(left.Focal), right, models.PackFor(right.Focal), Uncertainty(body.Draws ?? 0, body.Seed));
        return ApiResults.Json(result, AnalysisJsonContext.Default.ComparisonResult);
    }

    private static UncertaintyOptions Uncertainty(int draws, ulong? seed) =>
        draws is < 0 or > 2000
            ? throw ApiProblem.BadRequest("draws must be from 0 (no intervals) to 2000")
            : new UncertaintyOptions(draws, seed ?? UncertaintyOptions.DefaultSeed);
}
