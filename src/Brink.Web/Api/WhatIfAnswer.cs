using Brink.Analysis.WhatIf;
using Brink.Model.Prediction;

namespace Brink.Web.Api;

/// <summary>The answer of <c>POST /api/whatif</c>: the <see cref="WhatIfResult"/> and the situation text with the overrides written in.</summary>
internal sealed record WhatIfAnswer(
    IReadOnlyList<InputOverride> Overrides,
    PredictionResult Baseline,
    PredictionResult Prediction,
    IReadOnlyDictionary<string, double> Shifts,
    string Moved,
    IReadOnlyList<ObjectiveShift> Mechanisms,
    string Sentence,
    string SituationYaml)
{
    public static WhatIfAnswer Of(WhatIfResult result, string situationYaml) =>
        new(result.Overrides, result.Baseline, result.Prediction, result.Shifts, result.Moved, result.Mechanisms, result.Sentence, situationYaml);
}
