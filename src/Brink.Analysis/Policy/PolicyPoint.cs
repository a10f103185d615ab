using System.Collections.Immutable;

namespace Brink.Analysis.Policy;

/// <summary>A policy and how it fares over the parameter draws.</summary>
/// <param name="Controls">One value per control.</param>
/// <param name="War">Mean probability of major escalation (war) over the draws.</param>
/// <param name="Concession">Mean probability of concession over the draws.</param>
/// <param name="ConcessionLow">10th percentile of the concession probability over the draws.</param>
/// <param name="WarHigh">90th percentile of the war probability over the draws.</param>
public sealed record PolicyPoint(ImmutableArray<double> Controls, double War, double Concession, double ConcessionLow, double WarHigh);
