using System.Runtime.CompilerServices;
using Brink.Games.Numerics;

namespace Brink.Games.Solvers.Homotopy;

/// <summary>
/// The equations of the current support cell. A point is held in full layout (σ over every strategy, then each
/// player's value v_n, then λ); the cell's unknowns are the supported σ's, the v's and λ (<see cref="variables"/>),
/// and its equations are V_ns(σ) + λb_ns − v_n = 0 for supported s and Σ_s σ_ns − 1 = 0 per player.
/// </summary>
internal sealed partial class GnmPath
{
    private const int MaxNewtonIterations = 12;
    private const double NewtonTolerance = 1e-12;

    // Below this pivot (after scaling by the largest entry) a cell's matrix counts as singular.
    private const double SingularPivot = 1e-13;

    // An extra equation closing the cell's system for Newton: stay on the hyperplane through the prediction normal
    // to the tangent (pseudo-arclength), or land on a boundary (a variable at 0, or a slack at 0).
    private readonly record struct Constraint(int Kind, int Index, double[]? Normal, double[]? Through)
    {
        public static Constraint Arclength(double[] normal, double[] through) => new(0, -1, normal, through);

        public static Constraint OnVariable(int index) => new(1, index, null, null);

        public static Constraint OnSlack(int index) => new(2, index, null, null);
    }

    private void RebuildVariables()
    {
        var list = new List<int>();
        for (int i = 0; i < total; i++)
        {
            if (inSupport[i])
            {
                list.Add(i);
            }
        }

        for (int i = total; i <= lambdaIndex; i++)
        {
            list.Add(i);
        }

        variables = [.. list];
    }

    private void Refresh()
    {
        payoffs.Values(x[..total], values);
        jacobian = payoffs.Jacobian(x[..total], inSupport);
    }

    // v_n − V_ns − λb_s: how far unused s is from being a best reply in the perturbed game (≥ 0 inside the cell).
    private double Slack(int s) => x[total + payoffs.PlayerOf[s]] - values[s] - (x[lambdaIndex] * perturbation[s]);

    private double SlackRate(int s, double[] direction)
    {
        int n = payoffs.PlayerOf[s];
        double rate = direction[total + n] - (perturbation[s] * direction[lambdaIndex]);
        for (int u = 0; u < total; u++)
        {
            if (inSupport[u] && payoffs.PlayerOf[u] != n)
            {
                rate -= jacobian[(s * total) + u] * direction[u];
            }
        }

        return rate;
    }

    // The unit tangent at x (the kernel of the cell's Jacobian), in full layout, unoriented; null at a singular point.
    private double[]? Tangent()
    {
        int columns = variables.Length;
        var matrix = CellJacobian(jacobian, columns);
        if (DenseLinear.Kernel(matrix, columns - 1, columns, SingularPivot) is not { } kernel)
        {
            return null;
        }

        var full = new double[lambdaIndex + 1];
        for (int c = 0; c < columns; c++)
        {
            full[variables[c]] = kernel[c];
        }

        return full;
    }

    // The unit tangent t at x with guide·t > 0: the cell's Jacobian with the guide as a last row, solved for
    // (0, …, 0, 1) — one partial-pivoting solve, cheaper than a kernel by complete pivoting; null when singular.
    private double[]? GuidedTangent(double[] guide)
    {
        int columns = variables.Length;
        var matrix = CellJacobian(jacobian, columns, 1);
        int last = (columns - 1) * columns;
        for (int c = 0; c < columns; c++)
        {
            matrix[last + c] = guide[variables[c]];
        }

        var target = new double[columns];
        target[columns - 1] = 1;
        if (DenseLinear.SolveInPlace(matrix, target, columns, SingularPivot) is not { } solution)
        {
            return null;
        }

        double norm = Math.Sqrt(solution.Sum(v => v * v));
        var full = new double[lambdaIndex + 1];
        for (int c = 0; c < columns; c++)
        {
            full[variables[c]] = solution[c] / norm;
        }

        return full;
    }

    private double[] UnitAt(int index)
    {
        var unit = new double[lambdaIndex + 1];
        unit[index] = 1;
        return unit;
    }

    // The gradient of unused s's slack over the full layout, so that its product with a direction is SlackRate.
    private double[] SlackGradient(int s)
    {
        int n = payoffs.PlayerOf[s];
        var gradient = new double[lambdaIndex + 1];
        for (int u = 0; u < total; u++)
        {
            gradient[u] = inSupport[u] && payoffs.PlayerOf[u] != n ? -jacobian[(s * total) + u] : 0;
        }

        gradient[total + n] = 1;
        gradient[lambdaIndex] = -perturbation[s];
        return gradient;
    }

    // Hot loops are compiled fully optimised at once: a whole solve is over before tiered compilation would
    // promote them, and in their first tier they run several times slower.
    // The (columns − 1) × columns Jacobian of the cell's equations, row-major, room for one more row.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double[] CellJacobian(double[] payoffJacobian, int columns, int extraRows = 0)
    {
        int supported = columns - players - 1;
        var matrix = new double[(columns - 1 + extraRows) * columns];
        for (int r = 0; r < supported; r++)
        {
            int s = variables[r], n = payoffs.PlayerOf[s], row = r * columns;
            for (int c = 0; c < supported; c++)
            {
                int u = variables[c];
                matrix[row + c] = payoffs.PlayerOf[u] == n ? 0 : payoffJacobian[(s * total) + u];
            }

            matrix[row + supported + n] = -1;
            matrix[row + columns - 1] = perturbation[s];
        }

        for (int c = 0; c < supported; c++)
        {
            matrix[((supported + payoffs.PlayerOf[variables[c]]) * columns) + c] = 1;
        }

        return matrix;
    }

    // Newton's method on the cell's equations plus `constraint`, from `start`; null if it does not converge.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double[]? Correct(double[] start, Constraint constraint)
    {
        int columns = variables.Length, supported = columns - players - 1;
        var point = (double[])start.Clone();
        var pointValues = new double[total];
        for (int iteration = 0; iteration <= MaxNewtonIterations; iteration++)
        {
            var sigma = point[..total];
            payoffs.Values(sigma, pointValues);
            var payoffJacobian = payoffs.Jacobian(sigma, inSupport);
            var residual = new double[columns];
            for (int r = 0; r < supported; r++)
            {
                int s = variables[r];
                residual[r] = pointValues[s] + (point[lambdaIndex] * perturbation[s]) - point[total + payoffs.PlayerOf[s]];
            }

            for (int n = 0; n < players; n++)
            {
                double sum = -1;
                for (int s = payoffs.Offsets[n]; s < payoffs.Offsets[n + 1]; s++)
                {
                    sum += inSupport[s] ? point[s] : 0;
                }

                residual[supported + n] = sum;
            }

            var matrix = CellJacobian(payoffJacobian, columns, 1);
            int last = (columns - 1) * columns;
            switch (constraint.Kind)
            {
                case 0:
                    residual[columns - 1] = Dot(constraint.Normal!, Difference(point, constraint.Through!));
                    for (int c = 0; c < columns; c++)
                    {
                        matrix[last + c] = constraint.Normal![variables[c]];
                    }

                    break;
                case 1:
                    residual[columns - 1] = point[constraint.Index];
                    matrix[last + Array.IndexOf(variables, constraint.Index)] = 1;
                    break;
                default:
                    int t = constraint.Index, owner = payoffs.PlayerOf[t];
                    residual[columns - 1] = point[total + owner] - pointValues[t] - (point[lambdaIndex] * perturbation[t]);
                    for (int c = 0; c < supported; c++)
                    {
                        int u = variables[c];
                        matrix[last + c] = payoffs.PlayerOf[u] == owner ? 0 : -payoffJacobian[(t * total) + u];
                    }

                    matrix[last + supported + owner] = 1;
                    matrix[last + columns - 1] = -perturbation[t];
                    break;
            }

            if (residual.Max(Math.Abs) <= NewtonTolerance)
            {
                return point;
            }

            if (iteration == MaxNewtonIterations || DenseLinear.SolveInPlace(matrix, Negate(residual), columns, SingularPivot) is not { } delta)
            {
                return null;
            }

            for (int c = 0; c < columns; c++)
            {
                point[variables[c]] += delta[c];
            }
        }

        return null;
    }

    private static double[] Along(double[] point, double[] direction, double distance)
    {
        var result = new double[point.Length];
        for (int i = 0; i < point.Length; i++)
        {
            result[i] = point[i] + (distance * direction[i]);
        }

        return result;
    }

    private static double[] Difference(double[] a, double[] b)
    {
        var result = new double[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            result[i] = a[i] - b[i];
        }

        return result;
    }

    private static double Distance(double[] a, double[] b) => Math.Sqrt(Difference(a, b).Sum(v => v * v));

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static double[] Negate(double[] a) => [.. a.Select(v => -v)];

    private static void Normalise(double[] a)
    {
        double norm = Math.Sqrt(Dot(a, a));
        for (int i = 0; i < a.Length; i++)
        {
            a[i] /= norm;
        }
    }
}
