using System.Globalization;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Tests.Claims;

/// <summary>Reads a pack's prediction for a probe situation: probabilities of sets of responses and the open-war risk.</summary>
internal static class Probe
{
    public static double P(ModelPack pack, Situation s, params ResponseCategory[] categories)
    {
        var d = new Predictor(pack).Predict(s);
        return categories.Sum(c => d[c]);
    }

    /// <summary>
    /// Probability of open war computed here from the solved game (independently of the explainer): the leader
    /// picks major, or the adversary escalates after any other response.
    /// </summary>
    public static double WarRisk(ModelPack pack, Situation s)
    {
        var solution = new Predictor(pack).Solve(s);
        double risk = solution.Focal[ResponseCategory.Major];
        foreach (var r in ResponseCategories.All.Where(r => r != ResponseCategory.Major))
        {
            risk += solution.Focal[r] * solution.Replies[(int)r][2];
        }

        return risk;
    }

    /// <summary>
    /// The claim that <paramref name="categories"/> are at least <paramref name="margin"/> more likely in
    /// <paramref name="more"/> than in <paramref name="less"/>; the detail names both figures.
    /// </summary>
    public static ClaimResult Rise(ModelPack pack, Situation more, Situation less, double margin, string format, params ResponseCategory[] categories)
    {
        double high = P(pack, more, categories), low = P(pack, less, categories);
        return Result(high - low >= margin, format, high, low);
    }

    public static ClaimResult Result(bool holds, string format, params double[] values) =>
        new(holds, string.Format(CultureInfo.InvariantCulture, format, values.Cast<object>().ToArray()));
}
