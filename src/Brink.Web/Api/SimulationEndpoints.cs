using Brink.Analysis.Simulation;
using Brink.Model.Prediction;

namespace Brink.Web.Api;

/// <summary><c>POST /api/simulate</c>: Monte Carlo trajectories of a situation, the same JSON as <c>brink simulate --json</c>.</summary>
internal static class SimulationEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/simulate", SimulateAsync).AnswersJson()
            .WithSummary("Simulates a situation (YAML body); query runs (default 1000), horizon (12), seed (1). The same JSON as brink simulate --json.");

    private static async Task<IResult> SimulateAsync(HttpRequest request, ModelCatalog models, WorkbenchOptions options, int? runs, int? horizon, ulong? seed)
    {
        var situation = SituationEndpoints.Parse(await RequestText.ReadAsync(request, options.MaxRequestBytes));
        var settings = new SimulationOptions(runs ?? 1000, horizon ?? 12, seed ?? 1);
        if (settings.Runs < 1 || settings.Runs > options.MaxSimulationRuns)
        {
            throw ApiProblem.BadRequest($"runs must be from 1 to {options.MaxSimulationRuns} (the CLI has no such limit)");
        }

        if (settings.Horizon < 1 || settings.Horizon > SimulationOptions.MaxHorizon)
        {
            throw ApiProblem.BadRequest($"horizon must be from 1 to {SimulationOptions.MaxHorizon}");
        }

        var pack = models.PackFor(situation.Focal);
        var result = Simulator.Run(situation, new Predictor(pack), models.DynamicsFor(pack), settings, null, null);
        return ApiResults.Json(result);
    }
}
