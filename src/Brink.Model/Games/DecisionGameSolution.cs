using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Games;

/// <summary>
/// The logit QRE of a <see cref="DecisionGame"/>, read back into the model's terms: the leader's response
/// probabilities, the adversary's reply probabilities by type and response, and each response's expected
/// utility split by objective (the expectation over type, attribution and reply under the QRE).
/// </summary>
public sealed class DecisionGameSolution
{
    // Flat [type, response, reply] (2 × 7 × 3): a rectangular array's allocation helper cost more than the solve's bookkeeping.
    private readonly double[] replies = new double[2 * 7 * 3];
    // Computed on first use (explanations ask, simulations never do); a race computes equal values twice.
    private ImmutableArray<ImmutableArray<double>> utilities;

    // profile: the flat QRE (AgentTree.ActionOffset gives where each agent's actions start).
    internal DecisionGameSolution(DecisionGame game, ReadOnlySpan<double> profile)
    {
        Game = game;
        var tree = game.Tree;
        Focal = ResponseDistribution.FromSpan(profile.Slice(tree.ActionOffset(0), ResponseCategories.Count));
        for (int number = 0; number < 14; number++)
        {
            profile.Slice(tree.ActionOffset(number + 1), 3).CopyTo(replies.AsSpan(number * 3, 3));
        }
    }

    /// <summary>The compiled game.</summary>
    public DecisionGame Game { get; }

    /// <summary>The leader's response probabilities.</summary>
    public ResponseDistribution Focal { get; }

    /// <summary>Per response (ladder order), expected utility by objective (<see cref="Objective"/> order).</summary>
    public ImmutableArray<ImmutableArray<double>> Utilities =>
        utilities.IsDefault ? utilities = [.. ResponseCategories.All.Select(ExpectedUtility)] : utilities;

    /// <summary>Probability of <paramref name="reply"/> by the given type after <paramref name="response"/> (if traced).</summary>
    public double Reply(bool hard, ResponseCategory response, AdversaryReply reply) => replies[((((hard ? 0 : 1) * 7) + (int)response) * 3) + (int)reply];

    /// <summary>
    /// Reply probabilities after <paramref name="response"/>, averaged over the type prior and, for a deniable act,
    /// over attribution (an untraced act draws no reply, counted as backing down).
    /// </summary>
    public ImmutableArray<double> AverageReplies(ResponseCategory response)
    {
        double traced = response == ResponseCategory.Deniable ? Game.Attribution : 1;
        var result = new double[3];
        for (int q = 0; q < 3; q++)
        {
            double p = (Game.HardPrior * Reply(true, response, (AdversaryReply)q)) + ((1 - Game.HardPrior) * Reply(false, response, (AdversaryReply)q));
            result[q] = traced * p;
        }

        result[0] += 1 - traced;
        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>
    /// Probability of open war: the leader picks <c>major</c>, or the adversary escalates after any other response
    /// (averaged over its type and, for a deniable act, over attribution).
    /// </summary>
    public double OpenWarRisk
    {
        get
        {
            double risk = Focal[ResponseCategory.Major];
            foreach (var r in ResponseCategories.All)
            {
                if (r != ResponseCategory.Major)
                {
                    risk += Focal[r] * AverageReplies(r)[(int)AdversaryReply.Escalate];
                }
            }

            return risk;
        }
    }

    private ImmutableArray<double> ExpectedUtility(ResponseCategory response)
    {
        var total = new double[5];
        Span<double> terms = stackalloc double[5];
        double traced = response == ResponseCategory.Deniable ? Game.Attribution : 1;
        for (int t = 0; t < 2; t++)
        {
            double pType = t == 0 ? Game.HardPrior : 1 - Game.HardPrior;
            for (int q = 0; q < 3; q++)
            {
                Game.LeaderValue(Game.Changes(response, (AdversaryReply)q), terms);
                double weight = pType * traced * replies[(((t * 7) + (int)response) * 3) + q];
                for (int k = 0; k < 5; k++)
                {
                    total[k] += weight * terms[k];
                }
            }
        }

        if (traced < 1)
        {
            Game.LeaderValue(Game.UntracedChanges, terms);
            for (int k = 0; k < 5; k++)
            {
                total[k] += (1 - traced) * terms[k];
            }
        }

        return [.. total];
    }
}
