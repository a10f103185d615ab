using System.Text.Json;

namespace Brink.Web.Jobs;

/// <summary>
/// One long computation on a worker thread: progress the client polls, and a cancellation source the client can
/// trip. Mutable by nature (it is the accumulator of a running computation); what leaves it is a
/// <see cref="JobView"/> snapshot.
/// </summary>
internal sealed class Job : IProgress<int>
{
    private readonly Lock gate = new();
    private int done;
    private JobState state = JobState.Running;
    private string? error;
    private JobOutcome? outcome;

    public Job(string id, string kind, int total)
    {
        Id = id;
        Kind = kind;
        Total = Math.Max(1, total);
    }

    public string Id { get; }

    public string Kind { get; }

    public int Total { get; }

    public CancellationTokenSource Cancellation { get; } = new();

    /// <summary>When the job reached a final state; null while it runs (the registry forgets old finished jobs).</summary>
    public DateTimeOffset? FinishedAt { get; private set; }

    public bool IsRunning
    {
        get
        {
            lock (gate)
            {
                return state == JobState.Running;
            }
        }
    }

    /// <summary>Counts only go up: workers report out of order.</summary>
    public void Report(int value)
    {
        int seen;
        do
        {
            seen = Volatile.Read(ref done);
        }
        while (value > seen && Interlocked.CompareExchange(ref done, value, seen) != seen);
    }

    /// <summary>Asks the job to stop; true when it was still running.</summary>
    public bool Cancel(DateTimeOffset now)
    {
        lock (gate)
        {
            if (state != JobState.Running)
            {
                return false;
            }

            // Final at once: the client sees "cancelled" on its next poll even while the workers wind down, and a
            // result arriving after this point is dropped by Finish.
            state = JobState.Cancelled;
            FinishedAt = now;
        }

        Cancellation.Cancel();
        return true;
    }

    /// <summary>
    /// Settles a successful job: <paramref name="commit"/> (which records the run and builds the answer) runs under
    /// the job's lock and only when the job was not cancelled, so a cancel either wins and nothing is written, or
    /// comes too late and the run is whole.
    /// </summary>
    public void Complete(Func<JobOutcome> commit, DateTimeOffset now)
    {
        lock (gate)
        {
            if (state != JobState.Running)
            {
                return;
            }

            outcome = commit();
            state = JobState.Done;
            done = Total;
            FinishedAt = now;
        }
    }

    /// <summary>Settles a job that failed or stopped on its token; a job already cancelled stays cancelled.</summary>
    public void Fail(JobState final, string? failure, DateTimeOffset now)
    {
        lock (gate)
        {
            if (state != JobState.Running)
            {
                return;
            }

            state = final;
            error = failure;
            FinishedAt = now;
        }
    }

    public JobView View()
    {
        lock (gate)
        {
            int count = Math.Min(Volatile.Read(ref done), Total);
            JsonElement? result = null;
            if (outcome is not null)
            {
                using var document = JsonDocument.Parse(outcome.ResultJson);
                result = document.RootElement.Clone();
            }

            return new JobView(Id, Kind, state.ToString().ToLowerInvariant(), count / (double)Total, count, Total, error, outcome?.RunId, result);
        }
    }
}
