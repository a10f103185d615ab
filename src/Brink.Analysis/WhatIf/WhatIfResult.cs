using Brink.Model.Prediction;

namespace Brink.Analysis.WhatIf;

/// <summary>
/// A what-if: the prediction before and after the overrides, the change of each response's probability, and
/// which objective moved the response that moved most.
/// </summary>
/// <param name="Overrides">The inputs changed, in the order given.</param>
/// <param name="Baseline">The prediction of the situation as written.</param>
/// <param name="Prediction">The prediction with the overrides applied.</param>
/// <param name="Shifts">Response name to the change of its probability, ladder order.</param>
/// <param name="Moved">The response whose probability changed most.</param>
/// <param name="Mechanisms">The objectives behind <paramref name="Moved"/>'s change, largest absolute change first.</param>
/// <param name="Sentence">The analyst's sentence, e.g. "restrain rose from 0.10 to 0.25, mostly through survival".</param>
public sealed record WhatIfResult(
    IReadOnlyList<InputOverride> Overrides,
    PredictionResult Baseline,
    PredictionResult Prediction,
    IReadOnlyDictionary<string, double> Shifts,
    string Moved,
    IReadOnlyList<ObjectiveShift> Mechanisms,
    string Sentence);
