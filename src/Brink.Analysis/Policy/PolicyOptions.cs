namespace Brink.Analysis.Policy;

/// <summary>How to search the adversary's policy space.</summary>
/// <param name="TargetConcession">The mean probability of concession the policy must reach.</param>
/// <param name="Levels">Grid levels per control in the coarse search.</param>
/// <param name="Draws">Parameter draws from the fit's uncertainty each policy is scored over.</param>
/// <param name="Seed">Seed of the draws.</param>
/// <param name="MaxDegreeOfParallelism">Worker threads (0 = every core); results do not depend on it.</param>
/// <param name="Objective">What "war" means for the objective.</param>
public sealed record PolicyOptions(
    double TargetConcession = 0.5, int Levels = 6, int Draws = 16, ulong Seed = 1, int MaxDegreeOfParallelism = 0, PolicyObjective Objective = PolicyObjective.War);

/// <summary>The probability the policy search minimises.</summary>
public enum PolicyObjective
{
    /// <summary>The leader choosing major escalation.</summary>
    War,

    /// <summary>The leader choosing any overt military action (limited or major).</summary>
    Escalation,
}
