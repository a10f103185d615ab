using Brink.Analysis.Runs;
using Brink.Analysis.Backtest;
using Brink.Analysis.Fitting;
using Brink.Analysis.Output;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;
using Brink.Web.Runs;
using Brink.Web.Workspace;

namespace Brink.Web.Api;

/// <summary>
/// A backtest of workspace cases as the API runs it: the same <see cref="Backtester"/> call, options and labels as
/// <c>brink backtest</c>, checked before any work starts. <see cref="Record"/> stores it as the command line that
/// repeats it.
/// </summary>
internal sealed record BacktestRun(IReadOnlyList<string> Files, IReadOnlyList<Situation> Cases, ModelPack Pack, BacktestOptions Settings)
{
    public static BacktestRun Prepare(BacktestRequest body, WorkspaceFolder workspace, ModelCatalog models)
    {
        bool listed = body.Cases is { Count: > 0 };
        var names = listed ? body.Cases!.Distinct(StringComparer.Ordinal).ToList() : workspace.List().ToList();
        var files = new List<string>();
        var cases = new List<Situation>();
        foreach (string name in names)
        {
            string text = workspace.Read(name) ?? throw ApiProblem.BadRequest($"no situation named '{name}' in the workspace");
            if (!SituationLoader.TryParse(text, name, out var situation, out _) || situation!.Outcome is null)
            {
                // Every file with an outcome is a case; a named file that is not one is the client's mistake.
                if (listed)
                {
                    throw ApiProblem.BadRequest($"'{name}' is not a case: it does not parse or has no outcome");
                }

                continue;
            }

            files.Add(workspace.Resolve(name));
            cases.Add(situation);
        }

        if (cases.Count < 2)
        {
            throw ApiProblem.BadRequest("a backtest needs two or more cases with an outcome");
        }

        var pack = models.PackFor(cases[0].Focal);
        if (cases.FirstOrDefault(c => !pack.AppliesTo(c.Focal)) is { } other)
        {
            throw ApiProblem.BadRequest($"the cases need one model pack: '{other.Id}' has focal actor '{other.Focal}', '{cases[0].Id}' has '{cases[0].Focal}'");
        }

        var fitted = FittedCases.Of(pack, cases, out _);
        return new BacktestRun(files, cases, pack, new BacktestOptions(fitted, body.InSample ?? false, new FitOptions()));
    }

    /// <summary>The progress steps: the model's refits, then the logistic baseline's.</summary>
    public int Steps => Backtester.Steps(Cases, Settings);

    /// <summary>The backtest; throws <see cref="OperationCanceledException"/> when cancelled (at the next refit).</summary>
    public BacktestReport Compute(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var predictor = new Predictor(Pack);
        return Backtester.Run(Cases, predictor, predictor.CurrentValues.AsSpan(), Settings, progress, cancellationToken);
    }

    /// <summary>The answer: the report exactly as <c>brink backtest --json</c> prints it, and the per-case table.</summary>
    public static BacktestAnswer Answer(BacktestReport report, long? runId) =>
        new(report, [.. report.PerCase.Select(BacktestCaseScore.Of)], runId);

    /// <summary>The files whose bytes a stored backtest hashes (as the CLI does): the cases, then the pack.</summary>
    public IReadOnlyList<string> HashedFiles => [.. Files, Pack.SourcePath];

    /// <summary>Records the finished run in the workspace's store; its id, or null when the store is unwritable.</summary>
    public long? Record(WorkspaceRuns runs, BacktestReport report, DateTimeOffset startedAt, TimeSpan elapsed) =>
        runs.Record(["backtest", .. Files, .. Settings.InSample ? new[] { "--in-sample" } : [], "--json"], HashedFiles, Pack, null, RunResult.Of(report), startedAt, elapsed);
}
