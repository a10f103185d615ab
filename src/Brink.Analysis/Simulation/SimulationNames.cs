using Brink.Model.Prediction;

namespace Brink.Analysis.Simulation;

/// <summary>The snake_case names simulation output uses for its enums, matching the situation contract.</summary>
public static class SimulationNames
{
    /// <summary>Name of a state variable, e.g. <c>deterrence_credibility</c>.</summary>
    public static string Name(StateVariable variable) => variable switch
    {
        StateVariable.Economy => "economy",
        StateVariable.Sanctions => "sanctions",
        StateVariable.Unrest => "unrest",
        StateVariable.Legitimacy => "legitimacy",
        StateVariable.DeterrenceCredibility => "deterrence_credibility",
        StateVariable.NuclearLatency => "nuclear_latency",
        StateVariable.MeanProxyStrength => "mean_proxy_strength",
        StateVariable.SanctionsBurden => "sanctions_burden",
        StateVariable.HardlinerInfluence => "hardliner_influence",
        StateVariable.TriggerSeverity => "trigger_severity",
        _ => throw new ArgumentOutOfRangeException(nameof(variable), variable, "Not a state variable."),
    };

    /// <summary>The outcomes in the order tables, charts and reports show them: the endings first, stalemate last.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<CrisisOutcome> OutcomesShown =
        [CrisisOutcome.War, CrisisOutcome.Deal, CrisisOutcome.RegimeCrisis, CrisisOutcome.Stalemate];

    /// <summary>The outcomes that end a crisis (every one but stalemate), in <see cref="OutcomesShown"/> order.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<CrisisOutcome> Endings =
        [CrisisOutcome.War, CrisisOutcome.Deal, CrisisOutcome.RegimeCrisis];

    /// <summary>The outcome named <paramref name="name"/> (as <see cref="Name(CrisisOutcome)"/> writes it).</summary>
    public static bool TryParseOutcome(string name, out CrisisOutcome outcome)
    {
        foreach (var candidate in OutcomesShown)
        {
            if (Name(candidate) == name)
            {
                outcome = candidate;
                return true;
            }
        }

        outcome = default;
        return false;
    }

    /// <summary>Name of an outcome, e.g. <c>regime_crisis</c>.</summary>
    public static string Name(CrisisOutcome outcome) => outcome switch
    {
        CrisisOutcome.Stalemate => "stalemate",
        CrisisOutcome.War => "war",
        CrisisOutcome.Deal => "deal",
        CrisisOutcome.RegimeCrisis => "regime_crisis",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not an outcome."),
    };

    /// <summary>Name of an adversary reply, e.g. <c>back_down</c>.</summary>
    public static string Name(AdversaryReply reply) => reply switch
    {
        AdversaryReply.BackDown => "back_down",
        AdversaryReply.Proportional => "proportional",
        AdversaryReply.Escalate => "escalate",
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply, "Not a reply."),
    };
}
