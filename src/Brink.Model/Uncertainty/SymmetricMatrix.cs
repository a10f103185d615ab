namespace Brink.Model.Uncertainty;

/// <summary>
/// The little linear algebra the posterior approximation needs, on small dense symmetric matrices (one row per
/// free parameter, so tens at most): the Jacobi eigen-decomposition, functions of a matrix through it, and a
/// Cholesky factor that tolerates zero variances.
/// </summary>
public static class SymmetricMatrix
{
    private const int MaxSweeps = 100;

    /// <summary>
    /// Eigenvalues and eigenvectors (as columns) of a symmetric matrix by the cyclic Jacobi method (Golub and
    /// Van Loan, Matrix Computations, §8.5): rotations zero each off-diagonal entry in turn until the
    /// off-diagonal mass is below 1e-15 of the whole. Reliable and accurate to working precision at these sizes.
    /// </summary>
    public static (double[] Values, double[,] Vectors) Eigen(double[,] matrix)
    {
        int n = Size(matrix);
        var a = (double[,])matrix.Clone();
        var v = Identity(n);
        for (int sweep = 0; sweep < MaxSweeps && OffDiagonal(a) > 1e-30 * Math.Max(Frobenius(a), double.Epsilon); sweep++)
        {
            for (int p = 0; p < n - 1; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    if (a[p, q] != 0)
                    {
                        Rotate(a, v, p, q);
                    }
                }
            }
        }

        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = a[i, i];
        }

        return (values, v);
    }

    /// <summary>V·diag(f(λ))·Vᵀ: the function <paramref name="f"/> of a symmetric matrix with that decomposition.</summary>
    public static double[,] Compose(double[] values, double[,] vectors, Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(f);
        int n = Size(vectors);
        var mapped = values.Select(f).ToArray();
        var result = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = 0;
                for (int k = 0; k < n; k++)
                {
                    sum += vectors[i, k] * mapped[k] * vectors[j, k];
                }

                result[i, j] = result[j, i] = sum;
            }
        }

        return result;
    }

    /// <summary>
    /// Lower-triangular L with L·Lᵀ = <paramref name="matrix"/> for a positive semidefinite matrix: a pivot
    /// within <paramref name="tolerance"/> of zero gives a zero column (a parameter held fixed), provided the rest
    /// of that column is zero too. Null when the matrix is not positive semidefinite within the tolerance.
    /// </summary>
    public static double[,]? Cholesky(double[,] matrix, double tolerance)
    {
        int n = Size(matrix);
        var l = new double[n, n];
        for (int j = 0; j < n; j++)
        {
            double pivot = matrix[j, j];
            for (int k = 0; k < j; k++)
            {
                pivot -= l[j, k] * l[j, k];
            }

            if (pivot < -tolerance)
            {
                return null;
            }

            bool zero = pivot <= tolerance;
            l[j, j] = zero ? 0 : Math.Sqrt(pivot);
            for (int i = j + 1; i < n; i++)
            {
                double sum = matrix[i, j];
                for (int k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                if (zero && Math.Abs(sum) > tolerance)
                {
                    return null;
                }

                l[i, j] = zero ? 0 : sum / l[j, j];
            }
        }

        return l;
    }

    /// <summary>Whether the matrix is square and equal to its transpose within <paramref name="tolerance"/>.</summary>
    public static bool IsSymmetric(double[,] matrix, double tolerance)
    {
        int n = Size(matrix);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (Math.Abs(matrix[i, j] - matrix[j, i]) > tolerance)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void Rotate(double[,] a, double[,] v, int p, int q)
    {
        int n = a.GetLength(0);

        // The rotation angle that zeroes a[p,q], in the numerically stable form (Golub and Van Loan, Algorithm 8.5.1).
        double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
        double t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
        double c = 1 / Math.Sqrt((t * t) + 1), s = t * c;
        for (int k = 0; k < n; k++)
        {
            double akp = a[k, p], akq = a[k, q];
            a[k, p] = (c * akp) - (s * akq);
            a[k, q] = (s * akp) + (c * akq);
        }

        for (int k = 0; k < n; k++)
        {
            double apk = a[p, k], aqk = a[q, k];
            a[p, k] = (c * apk) - (s * aqk);
            a[q, k] = (s * apk) + (c * aqk);
        }

        for (int k = 0; k < n; k++)
        {
            double vkp = v[k, p], vkq = v[k, q];
            v[k, p] = (c * vkp) - (s * vkq);
            v[k, q] = (s * vkp) + (c * vkq);
        }
    }

    private static double OffDiagonal(double[,] a)
    {
        double sum = 0;
        for (int i = 0; i < a.GetLength(0); i++)
        {
            for (int j = 0; j < a.GetLength(0); j++)
            {
                sum += i == j ? 0 : a[i, j] * a[i, j];
            }
        }

        return sum;
    }

    private static double Frobenius(double[,] a)
    {
        double sum = 0;
        foreach (double x in a)
        {
            sum += x * x;
        }

        return sum;
    }

    private static double[,] Identity(int n)
    {
        var identity = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            identity[i, i] = 1;
        }

        return identity;
    }

    private static int Size(double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return matrix.GetLength(0) == matrix.GetLength(1)
            ? matrix.GetLength(0)
            : throw new ArgumentException("The matrix must be square.", nameof(matrix));
    }
}
