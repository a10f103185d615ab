using System.Collections.Immutable;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Dynamics;

/// <summary>
/// A schedule of adversary and third-party moves (<c>brink simulate --policy FILE</c>, docs/simulation.md): entries
/// set situation inputs at the start of a step, and a value holds — overriding what the dynamics produce for that
/// input — until an entry changes it. Immutable and shared by every thread; the per-run pins live in each
/// worker's <see cref="CrisisStateBuilder"/>, so results do not depend on the thread count.
/// Invariant: every setting's index refers to <see cref="Inputs"/>, and every value is on 0..1.
/// </summary>
/// <param name="SourcePath">The file it was read from.</param>
/// <param name="Inputs">The starting situation's inputs (<see cref="SituationInput.Of"/>), which settings index.</param>
/// <param name="Entries">The schedule in file order; within a step, later entries win.</param>
public sealed record CrisisPolicy(string SourcePath, ImmutableArray<SituationInput> Inputs, ImmutableArray<PolicyEntry> Entries)
{
    /// <summary>Prepares <paramref name="state"/> to hold this policy's pins.</summary>
    public void Bind(CrisisStateBuilder state)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.UsePins(Inputs);
    }

    /// <summary>
    /// At the start of <paramref name="step"/> (1-based) after the focal actor's <paramref name="lastResponse"/>
    /// (null at step 1): pins the settings of every entry that fires, then writes all pins over the state.
    /// </summary>
    public void Apply(CrisisStateBuilder state, int step, ResponseCategory? lastResponse)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var entry in Entries)
        {
            if (entry.Fires(step, lastResponse))
            {
                foreach (var setting in entry.Settings)
                {
                    state.SetPin(setting.InputIndex, setting.Value);
                }
            }
        }

        state.ApplyPins();
    }
}
