namespace Brink.Games.Solvers.QuantalResponse;

/// <summary>
/// Householder QR of the transposed Jacobian Jᵀ ((n+1) × n) of an underdetermined system J: gives the tangent
/// (the null vector of J, oriented so that det [J; tᵀ] &gt; 0) and minimum-norm Newton corrections −J⁺H, as the
/// predictor–corrector path follower needs (Allgower and Georg, Introduction to Numerical Continuation Methods, ch. 4).
/// </summary>
/// <remarks>
/// Mutable workspace, reused across steps; <see cref="Factor"/> overwrites its input. J is stored row-major
/// (n rows of length n + 1), so each column of Jᵀ is a contiguous row: after factoring, row k holds the k-th
/// Householder vector from position k on and the k-th column of R before it; R's diagonal is kept apart.
/// </remarks>
internal sealed class LogitQrDecomposition
{
    private readonly int variables;
    private readonly int width;
    private readonly double[] diagonal;
    private readonly double[] betas;
    private double[] matrix = [];
    private int orientation = 1;

    public LogitQrDecomposition(int variables)
    {
        this.variables = variables;
        width = variables + 1;
        diagonal = new double[variables];
        betas = new double[variables];
    }

    /// <summary>Factors the row-major Jacobian <paramref name="jacobian"/> (n × (n+1)) in place and keeps it.</summary>
    public void Factor(double[] jacobian)
    {
        matrix = jacobian;
        orientation = 1;

        // The hot loop of every path step; index arithmetic stays far below int.MaxValue.
        unchecked
        {
            for (int k = 0; k < variables; k++)
            {
                var vector = matrix.AsSpan((k * width) + k, width - k);
                double norm = Math.Sqrt(Dot(vector, vector));
                if (norm == 0)
                {
                    betas[k] = 0;
                    diagonal[k] = 0;
                    continue;
                }

                double head = vector[0];
                double alpha = head > 0 ? -norm : norm;
                vector[0] = head - alpha;
                betas[k] = 1 / (norm * (norm + Math.Abs(head)));
                diagonal[k] = alpha;

                // Each reflection has determinant −1, and a negative diagonal entry of R flips the sign again.
                orientation = alpha < 0 ? orientation : -orientation;
                for (int c = k + 1; c < variables; c++)
                {
                    var target = matrix.AsSpan((c * width) + k, width - k);
                    double scale = betas[k] * Dot(vector, target);
                    for (int r = 0; r < target.Length; r++)
                    {
                        target[r] -= scale * vector[r];
                    }
                }
            }
        }
    }

    /// <summary>The unit tangent: the last column of Q, signed so that det [J; tᵀ] &gt; 0.</summary>
    public void Tangent(Span<double> tangent)
    {
        tangent.Clear();
        tangent[variables] = orientation;
        ApplyQ(tangent);
    }

    /// <summary>
    /// The minimum-norm correction δ with J δ = −<paramref name="residual"/>, written to <paramref name="correction"/>;
    /// returns its Euclidean length (infinite when J lost rank).
    /// </summary>
    public double Correction(ReadOnlySpan<double> residual, Span<double> correction)
    {
        // J = Rᵀ Q₁ᵀ, so δ = Q₁ z with Rᵀ z = −H (forward substitution; R's column k is row k before position k).
        unchecked
        {
            for (int k = 0; k < variables; k++)
            {
                double sum = -residual[k];
                var column = matrix.AsSpan(k * width, k);
                for (int l = 0; l < k; l++)
                {
                    sum -= column[l] * correction[l];
                }

                correction[k] = sum / diagonal[k];
            }
        }

        correction[variables] = 0;
        ApplyQ(correction);
        double length = Math.Sqrt(Dot(correction, correction));
        return double.IsNaN(length) ? double.PositiveInfinity : length;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    // Q = H_0 H_1 … H_{n-1}; applied to a vector right to left.
    private void ApplyQ(Span<double> vector)
    {
        unchecked
        {
            for (int k = variables - 1; k >= 0; k--)
            {
                if (betas[k] == 0)
                {
                    continue;
                }

                var reflector = matrix.AsSpan((k * width) + k, width - k);
                var target = vector[k..];
                double scale = betas[k] * Dot(reflector, target);
                for (int r = 0; r < target.Length; r++)
                {
                    target[r] -= scale * reflector[r];
                }
            }
        }
    }
}
