using System.Collections.Immutable;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Dynamics;

/// <summary>
/// The next-trigger model: for each (focal response, adversary reply) the weights of the fourteen trigger
/// kinds (first matching <see cref="TransitionRule"/>), and per kind how severity, overt and on-soil are drawn.
/// Invariant: every one of the 7 × 3 pairs is covered by some rule; enforced by <see cref="Create"/>, which
/// also flattens the table so a simulation step reads its row without searching.
/// </summary>
public sealed class TriggerTransitionModel
{
    private static readonly int KindCount = Enum.GetValues<TriggerKind>().Length;
    private static readonly int ReplyCount = Enum.GetValues<AdversaryReply>().Length;

    // Row (response · ReplyCount + reply) holds KindCount weights.
    private readonly double[] table;

    private TriggerTransitionModel(ImmutableArray<TriggerKindRule> kinds, ImmutableArray<TransitionRule> rules, double[] table)
    {
        Kinds = kinds;
        Rules = rules;
        this.table = table;
    }

    /// <summary>A model in which nothing further happens: every next trigger is <c>none</c>.</summary>
    public static TriggerTransitionModel Quiet { get; } = Create(
        [.. Enumerable.Repeat(new TriggerKindRule(0, 0, 0, 0), KindCount)],
        [new TransitionRule([], [], [.. Enumerable.Range(0, KindCount).Select(k => k == (int)TriggerKind.None ? 1.0 : 0.0)])]);

    /// <summary>Per trigger kind (indexed by the enum), how a drawn trigger is filled in.</summary>
    public ImmutableArray<TriggerKindRule> Kinds { get; }

    /// <summary>The rules in file order.</summary>
    public ImmutableArray<TransitionRule> Rules { get; }

    /// <summary>Number of trigger kinds, the length of every weight row.</summary>
    public static int TriggerKindCount => KindCount;

    /// <summary>Validates coverage and builds the model; throws <see cref="ArgumentException"/> on a gap.</summary>
    public static TriggerTransitionModel Create(ImmutableArray<TriggerKindRule> kinds, ImmutableArray<TransitionRule> rules)
    {
        if (kinds.Length != KindCount)
        {
            throw new ArgumentException($"Expected {KindCount} trigger-kind rules, got {kinds.Length}.", nameof(kinds));
        }

        if (rules.Any(r => r.Weights.Length != KindCount || r.Weights.Any(w => !double.IsFinite(w) || w < 0) || r.Weights.Sum() <= 0))
        {
            throw new ArgumentException($"Every rule needs {KindCount} finite non-negative weights with a positive sum.", nameof(rules));
        }

        var table = new double[ResponseCategories.Count * ReplyCount * KindCount];
        foreach (var response in ResponseCategories.All)
        {
            foreach (var reply in Enum.GetValues<AdversaryReply>())
            {
                var rule = FirstMatch(rules, response, reply)
                    ?? throw new ArgumentException($"No rule covers ({ResponseCategories.Name(response)}, {reply}).", nameof(rules));
                rule.Weights.CopyTo(table, Row(response, reply));
            }
        }

        return new TriggerTransitionModel(kinds, rules, table);
    }

    /// <summary>The first rule covering the pair, or null.</summary>
    public static TransitionRule? FirstMatch(ImmutableArray<TransitionRule> rules, ResponseCategory response, AdversaryReply reply)
    {
        foreach (var rule in rules)
        {
            if (rule.Matches(response, reply))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>The trigger-kind weights after (response, reply), indexed by <see cref="TriggerKind"/>.</summary>
    public ReadOnlySpan<double> WeightsFor(ResponseCategory response, AdversaryReply reply) =>
        table.AsSpan(Row(response, reply), KindCount);

    private static int Row(ResponseCategory response, AdversaryReply reply) => (((int)response * ReplyCount) + (int)reply) * KindCount;
}
