using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Tests.Prediction;

public sealed class PredictorTests
{
    private static readonly Lazy<Predictor> Iran = new(() => new Predictor(PackLoader.Load(RepoPaths.IranPack)));

    private static Situation Case(string id) => SituationLoader.Load(Path.Combine(RepoPaths.IranCases, id + ".yaml"));

    [Fact]
    public void Predict_EveryIranCase_GivesSevenProbabilitiesSummingToOne()
    {
        foreach (var situation in SituationLoader.LoadDirectory(RepoPaths.IranCases))
        {
            var p = Iran.Value.Predict(situation);
            Assert.Equal(7, p.Probabilities.Length);
            Assert.Equal(1.0, p.Probabilities.Sum(), 9);
            Assert.All(p.Probabilities, v => Assert.InRange(v, 0, 1));
        }
    }

    [Fact]
    public void Predict_WithTheCurrentFreeValues_EqualsPackPrediction()
    {
        var predictor = Iran.Value;
        var situation = Case("soleimani-2020");
        Assert.Equal(predictor.Predict(situation).Probabilities, predictor.Predict(situation, predictor.CurrentValues.AsSpan()).Probabilities);
    }

    [Fact]
    public void Parameters_DefaultsAreThePacksDocumentedPriorCentres()
    {
        var predictor = Iran.Value;
        Assert.NotNull(predictor.Pack.Fitted);
        var lambda = predictor.Parameters.Single(p => p.Name == "qre.lambda");
        Assert.Equal(3.0, lambda.Default);
        Assert.Equal(predictor.Pack.Fitted!.Values["qre.lambda"], predictor.CurrentValues[predictor.Parameters.IndexOf(lambda)]);
    }

    [Fact]
    public void Parameters_AreFewWithPriorsAndDefaultsInsideBounds()
    {
        var parameters = Iran.Value.Parameters;
        Assert.InRange(parameters.Length, 6, 10);
        Assert.All(parameters, p =>
        {
            Assert.InRange(p.Default, p.Lower, p.Upper);
            Assert.True(p.PriorScale > 0);
        });
        Assert.Contains(parameters, p => p.Name == "qre.lambda");
    }

    [Fact]
    public void Predict_LambdaNearZero_IsNearlyUniform()
    {
        var predictor = Iran.Value;
        double[] values = [.. predictor.Parameters.Select(p => p.Name == "qre.lambda" ? 0.5 : p.Default)];
        var flat = predictor.Predict(Case("soleimani-2020"), values);
        var sharp = predictor.Predict(Case("soleimani-2020"));
        Assert.True(flat.Probabilities.Max() < sharp.Probabilities.Max());
    }

    [Fact]
    public void Solve_RepliesAreDistributionsForEveryResponse()
    {
        var solution = Iran.Value.Solve(Case("soleimani-2020"));
        Assert.Equal("us", solution.AdversaryId);
        Assert.Equal(7, solution.Replies.Length);
        Assert.All(solution.Replies, r => Assert.Equal(1.0, r.Sum(), 9));
    }

    [Fact]
    public void Solve_UnseenInitiator_AnswersWithThatActor()
    {
        var situation = Case("soleimani-2020");
        situation = situation with
        {
            Trigger = situation.Trigger with { By = "iraq" },
            State = situation.State with { Adversaries = situation.State.Adversaries.Add(new Adversary("iraq", 0.4, 0.3, 0.2, 0.4, null)) },
        };
        Assert.Equal("iraq", Iran.Value.Solve(situation).AdversaryId);
    }

    [Fact]
    public void Explain_Soleimani_IsSerialisableWithSevenNamesAndExplanation()
    {
        var result = Iran.Value.Explain(Case("soleimani-2020"));
        Assert.Equal("soleimani-2020", result.Id);
        Assert.Equal(ResponseCategories.All.Select(ResponseCategories.Name), result.Probabilities.Keys);
        Assert.Equal(1.0, result.Probabilities.Values.Sum(), 9);
        Assert.Equal(result.Probabilities.MaxBy(p => p.Value).Key, result.Top);
        Assert.Equal(7, result.Explanation.Utilities.Count);
        Assert.Equal(3, result.Explanation.Sensitivities.Count);
        Assert.True(result.Explanation.Sensitivities[0].Shift >= result.Explanation.Sensitivities[2].Shift);
        var flip = Assert.IsType<TopFlip>(result.Explanation.Flip);
        Assert.StartsWith("if ", flip.Sentence);
        Assert.Contains(" would overtake " + result.Top, flip.Sentence);
        string json = ReflectionJson.Serialize(result);
        Assert.Contains("\"limited_overt\":", json);
    }

    [Fact]
    public void Explain_Flip_ReallyFlipsAtTheStatedValue()
    {
        var predictor = Iran.Value;
        var situation = Case("soleimani-2020");
        var flip = predictor.Explain(situation).Explanation.Flip!;
        var input = SituationInput.Of(situation).Single(i => i.Key == flip.Input);
        Assert.Equal(flip.NewTop, ResponseCategories.Name(predictor.Predict(input.Apply(situation, flip.To)).Top));
    }

    [Fact]
    public void Explain_UtilitiesOrderMatchesProbabilities()
    {
        var result = Iran.Value.Explain(Case("fuel-protests-2019"));
        Assert.Equal(result.Top, result.Explanation.Utilities.MaxBy(u => u.Total)!.Response);
    }
}
