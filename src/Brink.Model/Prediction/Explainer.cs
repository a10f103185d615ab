using System.Globalization;
using Brink.Model.Games;
using Brink.Model.Mechanisms;
using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Prediction;

/// <summary>
/// Builds the explanation: utilities by objective from the solved game, finite-difference sensitivities over
/// every 0..1 input (±0.05, clamped to 0..1), and the nearest top flip found by a 0.05 scan outward from the
/// current value in both directions, refined by bisection to 0.005.
/// </summary>
internal static class Explainer
{
    private const double Step = 0.05;
    private static readonly string[] ObjectiveNames = ["survival", "influence", "legitimacy", "economy", "face"];

    public static Explanation Explain(Situation situation, ModelPack pack, DecisionGameSolution solution)
    {
        var utilities = ResponseCategories.All.Select(r =>
        {
            var row = solution.Utilities[(int)r];
            var split = new OrderedDictionary<string, double>();
            for (int k = 0; k < ObjectiveNames.Length; k++)
            {
                split[ObjectiveNames[k]] = row[k];
            }

            return new ResponseUtility(ResponseCategories.Name(r), row.Sum(), split);
        }).ToList();

        var inputs = SituationInput.Of(situation);
        var top = solution.Focal.Top;
        var sensitivities = inputs.Select(i => Sensitivity(situation, pack, i, top))
            .OrderByDescending(s => s.Shift).ThenBy(s => s.Input, StringComparer.Ordinal).Take(3).ToList();
        TopFlip? best = null;
        foreach (var input in inputs)
        {
            var flip = Flip(situation, pack, input, top, best is null ? 1.0 : Math.Abs(best.To - best.From));
            if (flip is not null && (best is null || Math.Abs(flip.To - flip.From) < Math.Abs(best.To - best.From)))
            {
                best = flip;
            }
        }

        return new Explanation(utilities, sensitivities, best)
        {
            Answering = new AnsweredAdversary(solution.Game.Context.Adversary.Id, AnsweringAdversary.Why(situation)),
            OpenWarRisk = solution.OpenWarRisk,
        };
    }

    private static ResponseDistribution Predict(Situation situation, ModelPack pack) =>
        DecisionPointSolver.Solve(situation, pack).Focal;

    private static InputSensitivity Sensitivity(Situation situation, ModelPack pack, SituationInput input, ResponseCategory top)
    {
        double low = Math.Max(0, input.Value - Step), high = Math.Min(1, input.Value + Step);
        var down = Predict(input.Apply(situation, low), pack);
        var up = Predict(input.Apply(situation, high), pack);
        double distance = 0.5 * down.Probabilities.Zip(up.Probabilities).Sum(p => Math.Abs(p.First - p.Second));
        double scale = 0.1 / (high - low);
        return new InputSensitivity(input.Key, input.Label, input.Value, distance * scale, (up[top] - down[top]) * scale);
    }

    private static TopFlip? Flip(Situation situation, ModelPack pack, SituationInput input, ResponseCategory top, double within)
    {
        TopFlip? best = null;
        foreach (int direction in (int[])[-1, 1])
        {
            double previous = input.Value;
            for (double delta = Step; delta <= within + 1e-9; delta += Step)
            {
                double candidate = input.Value + (direction * delta);
                if (candidate < -1e-9 || candidate > 1 + 1e-9)
                {
                    break;
                }

                candidate = Math.Clamp(candidate, 0, 1);
                var newTop = Predict(input.Apply(situation, candidate), pack).Top;
                if (newTop != top)
                {
                    double to = Refine(situation, pack, input, top, previous, candidate);
                    var refinedTop = Predict(input.Apply(situation, to), pack).Top;
                    var flip = Describe(input, top, refinedTop, to);
                    if (best is null || Math.Abs(to - input.Value) < Math.Abs(best.To - best.From))
                    {
                        best = flip;
                        within = Math.Abs(to - input.Value);
                    }

                    break;
                }

                previous = candidate;
            }
        }

        return best;
    }

    private static double Refine(Situation situation, ModelPack pack, SituationInput input, ResponseCategory top, double same, double flipped)
    {
        while (Math.Abs(flipped - same) > 0.005)
        {
            double middle = (same + flipped) / 2;
            if (Predict(input.Apply(situation, middle), pack).Top == top)
            {
                same = middle;
            }
            else
            {
                flipped = middle;
            }
        }

        return flipped;
    }

    private static TopFlip Describe(SituationInput input, ResponseCategory top, ResponseCategory newTop, double to)
    {
        string verb = to > input.Value ? "rose" : "fell";
        string topName = ResponseCategories.Name(top), newName = ResponseCategories.Name(newTop);
        string sentence = string.Create(CultureInfo.InvariantCulture,
            $"if {input.Label} {verb} from {input.Value:F2} to {to:F2}, {newName} would overtake {topName}");
        return new TopFlip(input.Key, input.Label, input.Value, Math.Round(to, 3), topName, newName, sentence);
    }
}
