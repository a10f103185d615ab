using Brink.Analysis.WhatIf;
using Brink.Model.Packs;
using Brink.Model.Situations;
using Brink.Model.Uncertainty;

namespace Brink.Analysis.Tests.WhatIf;

public class WhatIfAnalysisTests
{
    private static readonly ModelPack Pack = PackLoader.Load(Path.Combine(Simulation.Fixtures.RepositoryRoot, "packs", "iran"));
    private static readonly Situation Fordow = SituationLoader.Load(Path.Combine(Simulation.Fixtures.RepositoryRoot, "data", "situations", "iran-2025-fordow.yaml"));

    [Fact]
    public void Run_NoOverrides_MovesNothing()
    {
        var result = WhatIfAnalysis.Run(Fordow, Pack, [], UncertaintyOptions.None);
        Assert.All(result.Shifts.Values, shift => Assert.Equal(0, shift));
        Assert.Equal(result.Baseline.Probabilities, result.Prediction.Probabilities);
    }

    [Fact]
    public void Run_Override_ShiftsAreTheDifferenceOfThePredictions()
    {
        var result = WhatIfAnalysis.Run(Fordow, Pack, [new("state.adversaries.us.threat_credibility", 0.2)], UncertaintyOptions.None);
        foreach (var (name, shift) in result.Shifts)
        {
            Assert.Equal(result.Prediction.Probabilities[name] - result.Baseline.Probabilities[name], shift, 15);
        }

        Assert.Equal(result.Shifts.MaxBy(s => Math.Abs(s.Value)).Key, result.Moved);
        Assert.Equal(0.9, result.Overrides.Single().From);
    }

    [Fact]
    public void Run_Override_ObjectiveChangesSumToTheAdvantageChange()
    {
        // The split is exact by construction (baseline weights on both sides): the parts add up to the whole.
        var result = WhatIfAnalysis.Run(Fordow, Pack, [new("state.military_parity", 0.9)], UncertaintyOptions.None);
        double Advantage(Brink.Model.Prediction.PredictionResult p) =>
            p.Explanation.Utilities.First(u => u.Response == result.Moved).Total
            - p.Explanation.Utilities.Sum(u => result.Baseline.Probabilities[u.Response] * u.Total);
        Assert.Equal(Advantage(result.Prediction) - Advantage(result.Baseline), result.Mechanisms.Sum(m => m.Change), 9);
        Assert.Contains(result.Mechanisms[0].Objective, result.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("state.nonsense", 0.5)]
    [InlineData("state.sanctions", 1.5)]
    [InlineData("state.sanctions", double.NaN)]
    public void Run_BadOverride_ThrowsFormatException(string path, double value)
    {
        Assert.Throws<FormatException>(() => WhatIfAnalysis.Run(Fordow, Pack, [new(path, value)], UncertaintyOptions.None));
    }

    [Fact]
    public void Compare_SameSituation_HasNoDifferences()
    {
        var result = SituationComparison.Compare(Fordow, Pack, Fordow, Pack, UncertaintyOptions.None);
        Assert.Empty(result.Differences);
        Assert.False(result.TriggerDiffers);
        Assert.Equal(result.Left.Probabilities, result.Right.Probabilities);
    }
}
