using Brink.Analysis.Fitting;

namespace Brink.Analysis.Tests.Fitting;

public class HessianTests
{
    [Fact]
    public void Covariance_CurvatureAboveThePriors_IsTheInverse()
    {
        // [[4, 1], [1, 3]]⁻¹ = [[3, −1], [−1, 4]] / 11; with unit prior scales its eigenvalues (7 ± √5)/2 exceed 1.
        var covariance = Hessian.Covariance(new double[,] { { 4, 1 }, { 1, 3 } }, [1, 1]);
        Assert.Equal(3 / 11.0, covariance[0, 0], 1e-13);
        Assert.Equal(-1 / 11.0, covariance[0, 1], 1e-13);
        Assert.Equal(-1 / 11.0, covariance[1, 0], 1e-13);
        Assert.Equal(4 / 11.0, covariance[1, 1], 1e-13);
    }

    [Fact]
    public void Covariance_NegativeCurvature_KeepsThePriorWidthInThatDirection()
    {
        // Standardised: diag(400 · 0.1², −1 · 2²) = diag(4, −4); the second eigenvalue is raised to 1, so that
        // parameter keeps its prior variance 2² while the first gets (0.1² / 4).
        var covariance = Hessian.Covariance(new double[,] { { 400, 0 }, { 0, -1 } }, [0.1, 2]);
        Assert.Equal(0.0025, covariance[0, 0], 1e-15);
        Assert.Equal(4, covariance[1, 1], 1e-12);
        Assert.Equal(0, covariance[0, 1], 1e-15);
    }

    [Fact]
    public void Covariance_IndefiniteWithCorrelation_IsPositiveDefiniteAndNoWiderThanThePrior()
    {
        var covariance = Hessian.Covariance(new double[,] { { 1, 3 }, { 3, 1 } }, [1, 1]);
        Assert.NotNull(Brink.Model.Uncertainty.SymmetricMatrix.Cholesky(covariance, 0));
        Assert.InRange(covariance[0, 0], 0, 1);
        Assert.InRange(covariance[1, 1], 0, 1);
        Assert.Equal(covariance[0, 1], covariance[1, 0]);
    }
}
