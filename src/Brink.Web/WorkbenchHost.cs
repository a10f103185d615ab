using Brink.Analysis.Output;
using Brink.Web.Api;
using Brink.Web.Assets;
using Brink.Web.Games;
using Brink.Web.Jobs;
using Brink.Web.Runs;
using Brink.Web.Safety;
using Brink.Web.Workspace;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Brink.Web;

/// <summary>
/// Builds the analyst's workbench: the JSON API (docs/api.md, OpenAPI at <c>/openapi/v1.json</c>) and the
/// single-page app. A thin shell like the CLI: it parses requests, calls Brink.Model and Brink.Analysis, and
/// answers in the CLI's JSON.
/// </summary>
public static class WorkbenchHost
{
    /// <summary>
    /// The application, not yet started. <paramref name="configure"/> runs last before building: tests use it to
    /// put the in-process test server in Kestrel's place.
    /// </summary>
    public static WebApplication Build(WorkbenchOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var workspace = WorkspaceFolder.Open(options.Workspace, options.SeedDirectory);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WorkbenchHost).Assembly.GetName().Name,
            ContentRootPath = workspace.Root,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://{options.Host}:{options.Port}");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        // The API serialises through Brink's contexts itself (ApiResults); the host's options are what the OpenAPI
        // document builds its schemas from, and without reflection they know only the types the contexts list.
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, WebJsonContext.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(1, AnalysisJsonContext.Default);
        });
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Brink workbench API";
            document.Info.Description = "Predict, what-if, compare, simulate, sweep, backtest, the run store and solve; see docs/api.md.";
            return Task.CompletedTask;
        }).AddOperationTransformer<RequestBodyDocumentation>());
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(workspace);
        builder.Services.AddSingleton<ModelCatalog>();
        builder.Services.AddSingleton<BaselineCache>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<WorkspaceRuns>();
        builder.Services.AddSingleton<JobRegistry>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseMiddleware<ErrorResponses>();
        app.UseMiddleware<OriginCheck>();
        app.MapOpenApi();
        SituationEndpoints.Map(app);
        PredictionEndpoints.Map(app);
        InputEndpoints.Map(app);
        SimulationEndpoints.Map(app);
        SweepEndpoints.Map(app);
        BacktestEndpoints.Map(app);
        JobEndpoints.Map(app);
        RunEndpoints.Map(app);
        GameEndpoints.Map(app);
        PayoffEndpoints.Map(app);
        EmbeddedAssets.Map(app);
        app.MapFallback(() => ApiResults.Error(StatusCodes.Status404NotFound, new ApiError("no such endpoint; see /openapi/v1.json")));
        return app;
    }
}
