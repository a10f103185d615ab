using Brink.Model.Prediction;
using Brink.Model.Situations;
using Brink.Model.Tests.Mechanisms;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Model.Tests.Claims;

/// <summary>
/// The bundled demo: the morning of 22 June 2025, hours after the US struck Fordow. The essay written that day
/// (seed 002) reads Khamenei's dilemma as answering "without triggering war": his commanders "admitted their
/// inferiority in any direct confrontation", yet "inaction could be equally dangerous". The forecast must agree.
/// </summary>
public sealed class DemoForecastTests
{
    private static readonly Situation Fordow = SituationLoader.Load(Path.Combine(RepoPaths.Root, "data", "situations", "iran-2025-fordow.yaml"));

    [Fact]
    public void Fordow_AnswersShortOfOpenWar()
    {
        var d = Scenarios.Predict(Fordow);
        Assert.Equal(LimitedOvert, d.Top);
        Assert.True(d[LimitedOvert] + d[Deniable] >= 2 * d[Major], $"limited+deniable {d[LimitedOvert] + d[Deniable]:F3}, major {d[Major]:F3}");
        Assert.True(d[Concede] + d[Restrain] <= 0.1, $"standing down {d[Concede] + d[Restrain]:F3}");
    }

    [Fact]
    public void Fordow_ExplanationNamesTheAdversaryAndShowsWhy()
    {
        var result = Scenarios.Predictor().Explain(Fordow);
        Assert.Equal(new AnsweredAdversary("us", "the trigger's initiator"), result.Explanation.Answering);
        var utilities = result.Explanation.Utilities.ToDictionary(u => u.Response);
        // Why: open war's survival cost (a far stronger power answering) outweighs the little face it adds over a
        // telegraphed strike, and the telegraphed strike beats standing down on face.
        Assert.True(utilities["major"].ByObjective["survival"] < utilities["limited_overt"].ByObjective["survival"]);
        Assert.True(utilities["limited_overt"].ByObjective["face"] > utilities["restrain"].ByObjective["face"]);
        Assert.InRange(result.Explanation.OpenWarRisk, result.Probabilities["major"], 1);
    }
}
