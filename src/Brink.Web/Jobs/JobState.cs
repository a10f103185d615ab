namespace Brink.Web.Jobs;

/// <summary>Where a job is; every state but <see cref="Running"/> is final.</summary>
internal enum JobState
{
    /// <summary>Still computing.</summary>
    Running,

    /// <summary>Finished; the result is there.</summary>
    Done,

    /// <summary>Stopped by an error; the error sentence is there.</summary>
    Failed,

    /// <summary>Cancelled by the client; no result, nothing recorded.</summary>
    Cancelled,
}
