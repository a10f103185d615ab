using Brink.Analysis.Sweeps;

namespace Brink.Analysis.Tests.Sweeps;

public class SweepPointsTests
{
    private static readonly SweepAxis[] TwoAxes = [new("a", 0, 1, 3), new("b", 10, 20, 2)];

    [Theory]
    [InlineData("state.sanctions=0.2:0.8:4", "state.sanctions", 0.2, 0.8, 4)]
    [InlineData("pack.qre.lambda=1:9", "pack.qre.lambda", 1, 9, 5)]
    public void Parse_ValidText_GivesTheAxis(string text, string path, double low, double high, int levels) =>
        Assert.Equal(new SweepAxis(path, low, high, levels), SweepAxis.Parse(text));

    [Theory]
    [InlineData("state.sanctions")]
    [InlineData("=0:1:3")]
    [InlineData("x=1:0:3")]
    [InlineData("x=0.5:0.5:3")]
    [InlineData("x=0:1:0")]
    [InlineData("x=a:1")]
    public void Parse_BadText_ThrowsFormatException(string text) => Assert.Throws<FormatException>(() => SweepAxis.Parse(text));

    [Fact]
    public void Grid_EveryCombinationFirstAxisFastest()
    {
        var points = SweepPoints.Create(TwoAxes, SweepDesign.Grid, 0, 1);
        Assert.Equal(6, points.Length);
        Assert.Equal([0.0, 10.0], points[0]);
        Assert.Equal([0.5, 10.0], points[1]);
        Assert.Equal([1.0, 10.0], points[2]);
        Assert.Equal([0.0, 20.0], points[3]);
    }

    [Fact]
    public void LatinHypercube_UsesEachStratumOncePerAxis()
    {
        var points = SweepPoints.Create(TwoAxes, SweepDesign.Lhs, 20, 7);
        Assert.Equal(20, points.Length);
        Assert.Equal(Enumerable.Range(0, 20), points.Select(p => (int)(p[0] * 20)).Order());
        Assert.Equal(Enumerable.Range(0, 20), points.Select(p => (int)((p[1] - 10) / 10 * 20)).Order());
        Assert.Equal(points, SweepPoints.Create(TwoAxes, SweepDesign.Lhs, 20, 7));
    }

    [Fact]
    public void Saltelli_BlocksAreABAndAWithOneColumnFromB()
    {
        const int N = 16;
        var points = SweepPoints.Create(TwoAxes, SweepDesign.Sobol, N, 3);
        Assert.Equal(N * 4, points.Length);
        for (int k = 0; k < N; k++)
        {
            var a = points[k];
            var b = points[N + k];
            Assert.Equal([b[0], a[1]], points[(2 * N) + k]);
            Assert.Equal([a[0], b[1]], points[(3 * N) + k]);
        }

        Assert.All(points, p => Assert.InRange(p[1], 10, 20));
    }
}
