using System.Collections.Immutable;

namespace Brink.Model.Prediction;

/// <summary>
/// The solved game of one decision point: the focal actor's response probabilities and, for each of its
/// responses, the answering adversary's reply probabilities (averaged over its private type and over
/// attribution), so a simulation can sample both.
/// </summary>
/// <param name="Focal">The focal actor's response distribution.</param>
/// <param name="AdversaryId">The adversary modelled as answering.</param>
/// <param name="Replies">Per focal response in ladder order, probabilities of back down, proportional and escalate.</param>
public sealed record DecisionSolution(
    ResponseDistribution Focal,
    string AdversaryId,
    ImmutableArray<ImmutableArray<double>> Replies);
