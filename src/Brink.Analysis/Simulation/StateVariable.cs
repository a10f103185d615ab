namespace Brink.Analysis.Simulation;

/// <summary>The state quantities whose distribution a simulation reports per step.</summary>
public enum StateVariable
{
    /// <summary><c>economy</c>.</summary>
    Economy,

    /// <summary><c>sanctions</c>.</summary>
    Sanctions,

    /// <summary><c>unrest</c>.</summary>
    Unrest,

    /// <summary><c>legitimacy</c>.</summary>
    Legitimacy,

    /// <summary><c>deterrence_credibility</c>.</summary>
    DeterrenceCredibility,

    /// <summary><c>nuclear_latency</c>.</summary>
    NuclearLatency,

    /// <summary><c>mean_proxy_strength</c>: mean over the partners (0 without any).</summary>
    MeanProxyStrength,

    /// <summary>The hidden burden of sanctions (the sanctions as felt), a stock built by months of pressure.</summary>
    SanctionsBurden,

    /// <summary>Weight of the hard-line camp, raised by sustained pressure.</summary>
    HardlinerInfluence,

    /// <summary>Severity of the trigger drawn at the end of the step (the start's trigger at step 0).</summary>
    TriggerSeverity,
}
