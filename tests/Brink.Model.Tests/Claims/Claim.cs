using Brink.Model.Mechanisms;
using Brink.Model.Packs;

namespace Brink.Model.Tests.Claims;

/// <summary>
/// One of the essays' claims as behaviour: a probe on made-up situations that must hold with the shipped pack
/// and must fail once <see cref="SwitchedOff"/> is removed, so the test proves the mechanism carries it.
/// </summary>
/// <param name="Name">Short name, used as the theory's case.</param>
/// <param name="SwitchedOff">The mechanism (or mechanisms) that carry the claim.</param>
/// <param name="Source">Essay file and the sentence the claim comes from.</param>
/// <param name="Check">The probe: whether the claim holds under a pack, and the measured figures.</param>
internal sealed record Claim(string Name, Mechanism SwitchedOff, string Source, Func<ModelPack, ClaimResult> Check)
{
    /// <summary>
    /// For a claim no single mechanism carries: how to switch off what does (e.g. the pack's intrinsic response
    /// effects), and what that is called.
    /// </summary>
    public (string What, Func<ModelPack, ModelPack> Apply)? Carrier { get; init; }

    /// <summary>The pack with the claim's carrier switched off.</summary>
    public ModelPack Ablate(ModelPack pack) => Carrier is { } c ? c.Apply(pack) : pack.Without(SwitchedOff);

    /// <summary>What is switched off, for messages.</summary>
    public string Ablated => Carrier is { } c ? c.What : SwitchedOff.ToString();
}

/// <summary>A probe's verdict with the figures it measured.</summary>
/// <param name="Holds">Whether the claim holds.</param>
/// <param name="Detail">The measured figures, for the failure message.</param>
internal readonly record struct ClaimResult(bool Holds, string Detail);
