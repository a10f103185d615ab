using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Brink.Analysis.Simulation;

/// <summary>
/// What a simulation found, as tidy tables ready for CSV or JSON. Rows are ordered by step, then by the enum
/// order of their variable, outcome, response, reply or trigger kind. Equality compares the tables' contents
/// (a record would compare the arrays by reference), so two runs can be checked for identical results.
/// </summary>
public sealed record SimulationResult
{
    /// <summary>Id of the starting situation.</summary>
    public required string SituationId { get; init; }

    /// <summary>The options used, seed included.</summary>
    public required SimulationOptions Options { get; init; }

    /// <summary>
    /// Diagnostic, not part of equality: how often the solver ran (the exact start included). Two threads that
    /// miss the same state at once both solve it, so this may vary with the thread count; the answers do not.
    /// Left out of JSON so that output is byte-identical for the same inputs and seed.
    /// </summary>
    [JsonIgnore]
    public long SolverCalls { get; init; }

    /// <summary>State distributions for steps 0..horizon.</summary>
    public required ImmutableArray<StateDistributionRow> States { get; init; }

    /// <summary>Cumulative outcome shares for steps 1..horizon.</summary>
    public required ImmutableArray<OutcomeShareRow> Outcomes { get; init; }

    /// <summary>Per-step hazards of each decisive outcome (and of any), steps 1..horizon.</summary>
    public required ImmutableArray<OutcomeHazardRow> Hazards { get; init; }

    /// <summary>How many runs reach each decisive outcome (and any) and the quartiles of when.</summary>
    public required ImmutableArray<OutcomeTimeRow> TimesToOutcome { get; init; }

    /// <summary>Focal response frequencies for steps 1..horizon.</summary>
    public required ImmutableArray<ResponseFrequencyRow> Responses { get; init; }

    /// <summary>Adversary reply frequencies for steps 1..horizon.</summary>
    public required ImmutableArray<ReplyFrequencyRow> Replies { get; init; }

    /// <summary>Frequencies of the trigger drawn at the end of steps 1..horizon.</summary>
    public required ImmutableArray<TriggerFrequencyRow> Triggers { get; init; }

    /// <summary>Same situation, options and tables, row for row (<see cref="SolverCalls"/> aside).</summary>
    public bool Equals(SimulationResult? other) =>
        other is not null
        && SituationId == other.SituationId
        && Options == other.Options
        && States.SequenceEqual(other.States)
        && Outcomes.SequenceEqual(other.Outcomes)
        && Hazards.SequenceEqual(other.Hazards)
        && TimesToOutcome.SequenceEqual(other.TimesToOutcome)
        && Responses.SequenceEqual(other.Responses)
        && Replies.SequenceEqual(other.Replies)
        && Triggers.SequenceEqual(other.Triggers);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SituationId, Options, States.Length, Outcomes.Length);
}
