using System.Collections.Concurrent;
using Brink.Games.Text;
using Brink.Web.Api;
using Microsoft.Extensions.Logging;

namespace Brink.Web.Jobs;

/// <summary>
/// The workbench's running and recently finished jobs. A job computes on the thread pool, reports progress, and
/// stops on its cancellation token; its result is committed (and its run recorded) only if it was not cancelled
/// first. Bounded: a few jobs at once (each already uses every core), and finished jobs are forgotten after a while
/// or when too many have piled up.
/// </summary>
internal sealed class JobRegistry(TimeProvider clock, ILogger<JobRegistry> logger)
{
    /// <summary>Jobs running at once; more would only share the same cores.</summary>
    public const int MaxRunning = 4;

    /// <summary>Finished jobs kept at most (their results can be megabytes), the oldest forgotten first.</summary>
    public const int MaxFinished = 64;

    private static readonly TimeSpan KeepFinished = TimeSpan.FromMinutes(30);
    private readonly ConcurrentDictionary<string, Job> jobs = new(StringComparer.Ordinal);
    private readonly Lock admission = new();

    /// <summary>
    /// Starts <paramref name="work"/>, which computes (reporting progress, honouring the token) and returns the
    /// commit that records its run and builds its answer.
    /// </summary>
    public Job Start(string kind, int total, Func<IProgress<int>, CancellationToken, Func<JobOutcome>> work)
    {
        Job job;
        lock (admission)
        {
            Forget();
            if (jobs.Values.Count(j => j.IsRunning) >= MaxRunning)
            {
                throw new ApiProblem(StatusCodes.Status429TooManyRequests, new ApiError($"{MaxRunning} jobs are running already; wait for one or cancel it"));
            }

            job = new Job(Guid.NewGuid().ToString("N"), kind, total);
            jobs[job.Id] = job;
        }

        _ = Task.Run(() => Execute(job, work));
        return job;
    }

    public Job? Find(string id) => jobs.TryGetValue(id, out var job) ? job : null;

    public bool Cancel(Job job) => job.Cancel(clock.GetUtcNow());

    private void Execute(Job job, Func<IProgress<int>, CancellationToken, Func<JobOutcome>> work)
    {
        var token = job.Cancellation.Token;
        try
        {
            var commit = work(job, token);
            job.Complete(commit, clock.GetUtcNow());
        }
        catch (Exception error) when (token.IsCancellationRequested && IsCancellation(error))
        {
            job.Fail(JobState.Cancelled, null, clock.GetUtcNow());
        }
        catch (Exception error)
        {
            job.Fail(JobState.Failed, Describe(job.Kind, error), clock.GetUtcNow());
        }
    }

    /// <summary>Parallel loops wrap a worker's <see cref="OperationCanceledException"/> in an <see cref="AggregateException"/>.</summary>
    private static bool IsCancellation(Exception error) =>
        error is OperationCanceledException
        || (error is AggregateException aggregate && aggregate.Flatten().InnerExceptions.All(e => e is OperationCanceledException));

    private string Describe(string kind, Exception error)
    {
        var inner = error is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : error;
        switch (inner)
        {
            case ApiProblem problem:
                return problem.Body.Error;
            case LocatedFormatException located:
                return ApiError.From(located).Error;
            // Input and environment errors only: an ArgumentException is a bug and reads as one.
            case FormatException or InvalidDataException or NotSupportedException:
                return inner.Message;
            default:
                logger.LogError(error, "job {Kind} failed", kind);
                return "internal error; the server's log has the details";
        }
    }

    private void Forget()
    {
        var cutoff = clock.GetUtcNow() - KeepFinished;
        var finished = jobs.Values.Where(j => j.FinishedAt is not null).OrderByDescending(j => j.FinishedAt).ToList();
        foreach (var (job, age) in finished.Select((j, i) => (j, i)))
        {
            if (job.FinishedAt < cutoff || age >= MaxFinished)
            {
                jobs.TryRemove(job.Id, out _);
            }
        }
    }
}
