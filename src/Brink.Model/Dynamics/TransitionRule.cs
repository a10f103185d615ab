using System.Collections.Immutable;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Dynamics;

/// <summary>
/// One row of the next-trigger table: when the focal response is among <see cref="Responses"/> and the reply
/// among <see cref="Replies"/> (an empty list matches any), the next trigger's kind is drawn with
/// <see cref="Weights"/>. The first matching row in file order applies.
/// </summary>
/// <param name="Responses">Focal responses this row covers; empty for all.</param>
/// <param name="Replies">Adversary replies this row covers; empty for all.</param>
/// <param name="Weights">Non-negative weight per <see cref="TriggerKind"/>, indexed by the enum; positive sum.</param>
public sealed record TransitionRule(
    ImmutableArray<ResponseCategory> Responses,
    ImmutableArray<AdversaryReply> Replies,
    ImmutableArray<double> Weights)
{
    /// <summary>Whether this row covers the pair.</summary>
    public bool Matches(ResponseCategory response, AdversaryReply reply) =>
        (Responses.IsEmpty || Responses.Contains(response)) && (Replies.IsEmpty || Replies.Contains(reply));
}
