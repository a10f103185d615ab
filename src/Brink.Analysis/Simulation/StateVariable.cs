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
}
