using System.Collections.Immutable;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Tests.Backtest;

/// <summary>A model that knows the answers by id (a test device only: real models never read ids or outcomes).</summary>
internal sealed class OracleModel(IReadOnlyList<Situation> cases) : IResponseModel
{
    public ImmutableArray<ModelParameter> Parameters => [];

    public ResponseDistribution Predict(Situation situation, ReadOnlySpan<double> parameterValues)
    {
        Assert.Null(situation.Outcome);
        var actual = cases.Single(c => c.Id == situation.Id).Outcome!.Primary;
        return ResponseDistribution.Create([.. ResponseCategories.All.Select(r => r == actual ? 1.0 : 0.0)]);
    }
}
