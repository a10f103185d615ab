using System.Collections.Immutable;
using Brink.Model.Mechanisms;
using Brink.Model.Situations;

namespace Brink.Model.Packs;

/// <summary>
/// A model as data (packs/&lt;name&gt;/pack.yaml): whom it applies to, the objectives' weights, each response's
/// intrinsic effect on each objective, every mechanism parameter and which ones are free for fitting.
/// Invariant: <see cref="Values"/> has one entry per <see cref="ParameterCatalog.All"/>, each within its
/// definition's bounds; <see cref="ResponseEffects"/> is 7 rows (ladder order) of 5 objectives.
/// </summary>
/// <param name="Id">Pack id.</param>
/// <param name="Version">Pack version, recorded with every run.</param>
/// <param name="Focal">Actor ids the pack models.</param>
/// <param name="Values">Parameter values in catalog order (objective weights included).</param>
/// <param name="ResponseEffects">Per response (ladder order), intrinsic effect on each objective (enum order).</param>
/// <param name="Profiles">Per response (ladder order), its intensity and the blows it answers.</param>
/// <param name="Free">Parameters open to fitting.</param>
/// <param name="SourcePath">File read, for messages; empty when built in code.</param>
public sealed record ModelPack(
    string Id,
    string Version,
    ImmutableArray<string> Focal,
    ImmutableArray<double> Values,
    ImmutableArray<ImmutableArray<double>> ResponseEffects,
    ImmutableArray<ResponseProfile> Profiles,
    ImmutableArray<FreeParameter> Free,
    string SourcePath = "")
{
    /// <summary>Provenance of the fitted values, or null when the pack holds its documented defaults only.</summary>
    public FitRecord? Fitted { get; init; }

    /// <summary>Mechanisms switched off (ablation studies and the mechanism tests' harness); none in a loaded pack.</summary>
    public Mechanism Disabled { get; init; }

    /// <summary>Whether <paramref name="mechanism"/> is switched on.</summary>
    public bool IsOn(Mechanism mechanism) => (Disabled & mechanism) == 0;

    /// <summary>A copy with <paramref name="mechanism"/> switched off.</summary>
    public ModelPack Without(Mechanism mechanism) => this with { Disabled = Disabled | mechanism };

    /// <summary>The value of one parameter.</summary>
    public double this[ParameterDefinition parameter] => Values[parameter?.Index ?? throw new ArgumentNullException(nameof(parameter))];

    /// <summary>Intrinsic effect of a response on an objective.</summary>
    public double Effect(ResponseCategory response, Objective objective) => ResponseEffects[(int)response][(int)objective];

    /// <summary>Whether the pack applies to <paramref name="actor"/>.</summary>
    public bool AppliesTo(string actor) => Focal.Contains(actor, StringComparer.Ordinal);

    /// <summary>A copy with the free parameters set to <paramref name="freeValues"/> (in <see cref="Free"/> order).</summary>
    public ModelPack WithFreeValues(ReadOnlySpan<double> freeValues)
    {
        if (freeValues.Length != Free.Length)
        {
            throw new ArgumentException($"Expected {Free.Length} values, got {freeValues.Length}.", nameof(freeValues));
        }

        var values = Values.ToBuilder();
        for (int i = 0; i < freeValues.Length; i++)
        {
            values[Free[i].Definition.Index] = freeValues[i];
        }

        return this with { Values = values.MoveToImmutable() };
    }

    /// <summary>A copy with one parameter changed (sweeps and tests).</summary>
    public ModelPack With(ParameterDefinition parameter, double value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return this with { Values = Values.SetItem(parameter.Index, value) };
    }

    /// <inheritdoc />
    public bool Equals(ModelPack? other) =>
        other is not null && Disabled == other.Disabled && Id == other.Id && Version == other.Version && Focal.SequenceEqual(other.Focal)
        && Values.SequenceEqual(other.Values) && Free.SequenceEqual(other.Free) && Equals(Fitted, other.Fitted) && Profiles.SequenceEqual(other.Profiles)
        && ResponseEffects.Length == other.ResponseEffects.Length
        && ResponseEffects.Zip(other.ResponseEffects).All(p => p.First.SequenceEqual(p.Second));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, Values.Aggregate(0, HashCode.Combine));
}
