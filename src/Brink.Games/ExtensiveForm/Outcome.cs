using System.Collections.Immutable;
using Brink.Games.Numerics;

namespace Brink.Games.ExtensiveForm;

/// <summary>A named payoff vector that nodes point to.</summary>
/// <param name="Number">The outcome's number as written in the file (1-based).</param>
/// <param name="Label">The outcome's label.</param>
/// <param name="Payoffs">One exact payoff per player.</param>
public sealed record Outcome(int Number, string Label, ImmutableArray<Rational> Payoffs);
