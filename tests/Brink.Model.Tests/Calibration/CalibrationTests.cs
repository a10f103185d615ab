using System.Collections.Immutable;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Tests.Calibration;

/// <summary>
/// The internal honesty check on data/cases/iran: multi-class Brier score of the model against the
/// leave-one-out base rate (category frequencies of the other cases). Two model variants: the pack's structural
/// defaults (fitted to nothing), and a leave-one-out refit of λ alone on a grid (each case predicted with the λ
/// that scores best on the other 38). The floors are well below the measured values; they catch regressions.
/// </summary>
public sealed class CalibrationTests(ITestOutputHelper output)
{
    private static readonly double[] LambdaGrid = [1, 2, 3, 4, 6, 8, 12];

    private static double Brier(IReadOnlyList<double> p, ResponseCategory actual) =>
        p.Select((v, i) => Math.Pow(v - (i == (int)actual ? 1 : 0), 2)).Sum();

    private static double BaseRateBrier(ImmutableArray<Situation> cases) => cases.Average(c =>
    {
        var others = cases.Where(o => o.Id != c.Id).ToList();
        var frequencies = ResponseCategories.All.Select(r => others.Count(o => o.Outcome!.Primary == r) / (double)others.Count).ToList();
        return Brier(frequencies, c.Outcome!.Primary);
    });

    [Fact]
    public void Brier_PackDefaults_BeatsLeaveOneOutBaseRate()
    {
        var cases = SituationLoader.LoadDirectory(RepoPaths.IranCases);
        var predictor = new Predictor(PackLoader.Load(RepoPaths.IranPack));
        foreach (var c in cases)
        {
            var d = predictor.Predict(c);
            output.WriteLine($"{c.Id,-28} {ResponseCategories.Name(c.Outcome!.Primary),-14} p={d[c.Outcome.Primary]:F2} top={ResponseCategories.Name(d.Top),-14} {string.Join(" ", d.Probabilities.Select(v => v.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}");
        }

        double model = cases.Average(c => Brier(predictor.Predict(c).Probabilities, c.Outcome!.Primary));
        double baseline = BaseRateBrier(cases);
        double accuracy = cases.Average(c => predictor.Predict(c).Top == c.Outcome!.Primary ? 1.0 : 0.0);
        output.WriteLine($"defaults: Brier {model:F3}, base rate {baseline:F3}, skill {1 - (model / baseline):F3}, top-1 {accuracy:F3}");
        Assert.True(1 - (model / baseline) >= 0.2, $"skill {1 - (model / baseline):F3}");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Brier_LeaveOneOutLambda_BeatsLeaveOneOutBaseRate()
    {
        var cases = SituationLoader.LoadDirectory(RepoPaths.IranCases);
        var pack = PackLoader.Load(RepoPaths.IranPack);
        var byLambda = LambdaGrid.Select(l =>
        {
            var predictor = new Predictor(pack.With(ParameterCatalog.Lambda, l));
            return cases.Select(c => Brier(predictor.Predict(c).Probabilities, c.Outcome!.Primary)).ToArray();
        }).ToArray();
        for (int g = 0; g < LambdaGrid.Length; g++)
        {
            output.WriteLine($"lambda {LambdaGrid[g]}: in-sample Brier {byLambda[g].Average():F3}");
        }

        double total = 0;
        for (int i = 0; i < cases.Length; i++)
        {
            int best = Enumerable.Range(0, LambdaGrid.Length).MinBy(g => byLambda[g].Where((_, j) => j != i).Sum());
            total += byLambda[best][i];
        }

        double model = total / cases.Length, baseline = BaseRateBrier(cases);
        output.WriteLine($"LOO lambda: Brier {model:F3}, base rate {baseline:F3}, skill {1 - (model / baseline):F3}");
        Assert.True(1 - (model / baseline) >= 0.2, $"skill {1 - (model / baseline):F3}");
    }
}
