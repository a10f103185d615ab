using System.Collections.Immutable;
using Brink.Model.Situations;

namespace Brink.Model.Dynamics;

/// <summary>
/// One entry of a policy's schedule. Unconditional (<see cref="When"/> empty): sets its inputs at the start of
/// step <see cref="Step"/>. Conditional: a standing rule that sets them at the start of every step from
/// <see cref="Step"/> on whose previous focal response is one of <see cref="When"/> (so never at step 1).
/// </summary>
/// <param name="Step">First step it applies to, 1..horizon.</param>
/// <param name="When">Focal responses that trigger it; empty for an unconditional entry.</param>
/// <param name="Settings">Inputs it sets, in file order.</param>
public sealed record PolicyEntry(int Step, ImmutableArray<ResponseCategory> When, ImmutableArray<PolicySetting> Settings)
{
    /// <summary>Whether the entry fires at the start of <paramref name="step"/> after <paramref name="lastResponse"/>.</summary>
    public bool Fires(int step, ResponseCategory? lastResponse)
    {
        if (When.IsEmpty)
        {
            return step == Step;
        }

        return step >= Step && lastResponse is { } last && When.Contains(last);
    }
}
