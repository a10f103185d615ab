using Brink.Model.Uncertainty;

namespace Brink.Model.Tests.Uncertainty;

public class SymmetricMatrixTests
{
    [Fact]
    public void Eigen_TwoByTwo_HandDerivedValues()
    {
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3 with eigenvectors (1, −1)/√2 and (1, 1)/√2.
        var (values, vectors) = SymmetricMatrix.Eigen(new double[,] { { 2, 1 }, { 1, 2 } });
        AssertNear.Equal([1.0, 3.0], values.Order(), 1e-14, "eigenvalues");
        int big = values[0] > values[1] ? 0 : 1;
        Assert.Equal(1 / Math.Sqrt(2), Math.Abs(vectors[0, big]), 1e-14);
        Assert.Equal(vectors[0, big], vectors[1, big], 1e-14);
    }

    [Fact]
    public void Compose_InverseOfAFourByFour_TimesTheMatrixIsTheIdentity()
    {
        double[,] a = { { 4, 1, 0.5, 0 }, { 1, 3, 0.2, 0.1 }, { 0.5, 0.2, 2, -0.3 }, { 0, 0.1, -0.3, 1 } };
        var (values, vectors) = SymmetricMatrix.Eigen(a);
        var inverse = SymmetricMatrix.Compose(values, vectors, v => 1 / v);
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                double product = Enumerable.Range(0, 4).Sum(k => a[i, k] * inverse[k, j]);
                Assert.Equal(i == j ? 1 : 0, product, 1e-12);
            }
        }
    }

    [Fact]
    public void Cholesky_PositiveDefinite_ReproducesTheMatrix()
    {
        double[,] a = { { 4, 2, 0.4 }, { 2, 5, 1 }, { 0.4, 1, 3 } };
        var l = SymmetricMatrix.Cholesky(a, 1e-12)!;
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                Assert.Equal(a[i, j], Enumerable.Range(0, 3).Sum(k => l[i, k] * l[j, k]), 1e-12);
                Assert.True(j <= i || l[i, j] == 0);
            }
        }
    }

    [Fact]
    public void Cholesky_ZeroVarianceRowAndColumn_GivesAZeroColumn()
    {
        var l = SymmetricMatrix.Cholesky(new double[,] { { 1, 0, 0.5 }, { 0, 0, 0 }, { 0.5, 0, 1 } }, 1e-12)!;
        Assert.Equal(0, l[1, 1]);
        Assert.Equal(0, l[2, 1]);
        Assert.Equal(Math.Sqrt(0.75), l[2, 2], 1e-14);
    }

    [Theory]
    [InlineData(1, 2, 1)]
    [InlineData(1, 0.5, -0.1)]
    [InlineData(0, 0.5, 1)]
    public void Cholesky_NotPositiveSemidefinite_IsNull(double a11, double a12, double a22) =>
        Assert.Null(SymmetricMatrix.Cholesky(new double[,] { { a11, a12 }, { a12, a22 } }, 1e-12));

    [Fact]
    public void IsSymmetric_WithinTolerance()
    {
        Assert.True(SymmetricMatrix.IsSymmetric(new double[,] { { 1, 0.3 }, { 0.3 + 1e-12, 1 } }, 1e-9));
        Assert.False(SymmetricMatrix.IsSymmetric(new double[,] { { 1, 0.3 }, { 0.4, 1 } }, 1e-9));
    }
}
