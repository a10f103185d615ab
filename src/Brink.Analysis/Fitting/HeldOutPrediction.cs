using System.Collections.Immutable;

namespace Brink.Analysis.Fitting;

/// <summary>A case predicted by a model fitted without it (cross-validation).</summary>
/// <param name="Case">The case's position in the input.</param>
/// <param name="Fold">Its fold (the case position itself for leave-one-out).</param>
/// <param name="Probabilities">The seven response probabilities in ladder order.</param>
public sealed record HeldOutPrediction(int Case, int Fold, ImmutableArray<double> Probabilities);
