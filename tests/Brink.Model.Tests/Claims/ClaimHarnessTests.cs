using Brink.Model.Mechanisms;
using Brink.Model.Tests.Mechanisms;

namespace Brink.Model.Tests.Claims;

/// <summary>
/// Every claim holds with the shipped pack and fails with its mechanism switched off: a claim that survives its
/// own mechanism's removal is not evidence for that mechanism.
/// </summary>
public sealed class ClaimHarnessTests
{
    public static TheoryData<string> Names => [.. EssayClaims.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Claim_HoldsWithTheShippedPack(string name)
    {
        var claim = EssayClaims.All.Single(c => c.Name == name);
        var result = claim.Check(Scenarios.Pack);
        Assert.True(result.Holds, $"{name}: {result.Detail}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Claim_FailsWithItsMechanismSwitchedOff(string name)
    {
        var claim = EssayClaims.All.Single(c => c.Name == name);
        var result = claim.Check(claim.Ablate(Scenarios.Pack));
        Assert.False(result.Holds, $"{name} still holds without {claim.Ablated}: {result.Detail}");
    }

    [Fact]
    public void Claims_CoverEveryMechanismButLossAversion()
    {
        var covered = EssayClaims.All.Aggregate(Mechanism.None, (all, c) => all | c.SwitchedOff);
        var missing = Enum.GetValues<Mechanism>().Where(m => m is not Mechanism.None and not Mechanism.LossAversion && (covered & m) == 0).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Claims_HaveUniqueNamesAndASource()
    {
        Assert.Equal(EssayClaims.All.Length, EssayClaims.All.Select(c => c.Name).Distinct().Count());
        Assert.All(EssayClaims.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
    }
}
