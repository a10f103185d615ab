using System.Collections.Immutable;
using Brink.Analysis.Sweeps;

namespace Brink.Analysis.Tests.Sweeps;

public class SensitivityAnalysisTests
{
    /// <summary>A sweep whose p_concede is f(inputs) (and p_major the rest), with no simulation.</summary>
    private static SweepResult Synthetic(SweepAxis[] axes, SweepDesign design, int baseCount, Func<ImmutableArray<double>, double> f)
    {
        var options = new SweepOptions(design, baseCount, Replications: 0);
        var points = SweepPoints.Create(axes, design, baseCount, 11)
            .Select((x, p) => new SweepPoint(p, x, [f(x), 0, 0, 0, 0, 0, 1 - f(x)], []))
            .ToImmutableArray();
        return new SweepResult([.. axes], options, points.Length, points);
    }

    private static SensitivityIndex Index(IEnumerable<SensitivityIndex> indices, string input) =>
        indices.Single(i => i.Output == "p_concede" && i.Input == input);

    [Fact]
    public void Grid_AdditiveFunction_IndicesAreTheVarianceShares()
    {
        // Y = (x1 + 2·x2)/3 on a 5×5 grid: Var parts 1 : 4, no interaction.
        SweepAxis[] axes = [new("x1", 0, 1, 5), new("x2", 0, 1, 5)];
        var indices = SensitivityAnalysis.Compute(Synthetic(axes, SweepDesign.Grid, 0, x => (x[0] + (2 * x[1])) / 3));
        Assert.Equal(0.2, Index(indices, "x1").First, 10);
        Assert.Equal(0.8, Index(indices, "x2").First, 10);
        Assert.Equal(0.2, Index(indices, "x1").Total, 10);
    }

    [Fact]
    public void Grid_PureInteraction_HasNoMainEffectButFullTotal()
    {
        // Y = ½ + (x1 − ½)(x2 − ½) on {0, 1}²: each main effect is zero.
        SweepAxis[] axes = [new("x1", 0, 1, 2), new("x2", 0, 1, 2)];
        var indices = SensitivityAnalysis.Compute(Synthetic(axes, SweepDesign.Grid, 0, x => 0.5 + ((x[0] - 0.5) * (x[1] - 0.5))));
        Assert.Equal(0, Index(indices, "x1").First, 10);
        Assert.Equal(1, Index(indices, "x1").Total, 10);
    }

    [Fact]
    public void Sobol_AdditiveFunction_EstimatesTheVarianceShares()
    {
        SweepAxis[] axes = [new("x1", 0, 1, 2), new("x2", 0, 1, 2), new("x3", 0, 1, 2)];
        var indices = SensitivityAnalysis.Compute(Synthetic(axes, SweepDesign.Sobol, 4096, x => (x[0] + (2 * x[1])) / 3));
        Assert.Equal(0.2, Index(indices, "x1").First, 1);
        Assert.Equal(0.8, Index(indices, "x2").First, 1);
        Assert.Equal(0.8, Index(indices, "x2").Total, 1);
        Assert.InRange(Index(indices, "x3").Total, -0.01, 0.01);
    }

    [Fact]
    public void Lhs_GivesNoIndices()
    {
        SweepAxis[] axes = [new("x1", 0, 1, 2)];
        Assert.Empty(SensitivityAnalysis.Compute(Synthetic(axes, SweepDesign.Lhs, 10, x => x[0])));
    }
}
