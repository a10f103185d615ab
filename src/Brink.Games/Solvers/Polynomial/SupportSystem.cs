using Brink.Games.Numerics;

namespace Brink.Games.Solvers.Polynomial;

/// <summary>
/// The equilibrium equations on one support profile (S_1, …, S_n) of a normal form: unknowns x_ij for j ∈ S_i;
/// for each player Σ_{j∈S_i} x_ij = 1 and u_ij(x) = u_i,first(x) for the other j ∈ S_i. There are as many
/// equations as unknowns; u_ij is multilinear of degree n − 1 in the others' mixtures, so the system is linear
/// for two players and polynomial beyond. Solved by Newton's method with an analytic Jacobian, from the
/// support's centroid and from low-discrepancy points of it; a root is kept only where the Jacobian is regular
/// (an isolated solution, which is what <c>gambit-enumpoly</c> reports) and every probability is positive.
/// </summary>
internal sealed class SupportSystem
{
    private readonly int[][] support;
    private readonly int[][] profiles;
    private readonly double[][] payoffs;
    private readonly int unknowns;
    private readonly int[] offsets;
    private readonly int[][] flat;
    private readonly double[] value;
    private readonly double[,] derivative;

    /// <param name="support">Per player, the strategies in the support, ascending.</param>
    /// <param name="profiles">Every pure profile of the supports, as positions within each player's support.</param>
    /// <param name="payoffs">Per profile, each player's payoff.</param>
    public SupportSystem(int[][] support, int[][] profiles, double[][] payoffs)
    {
        this.support = support;
        this.profiles = profiles;
        this.payoffs = payoffs;
        offsets = new int[support.Length];
        for (int i = 1; i < support.Length; i++)
        {
            offsets[i] = offsets[i - 1] + support[i - 1].Length;
        }

        unknowns = support.Sum(s => s.Length);
        flat = [.. profiles.Select(p => p.Select((position, i) => offsets[i] + position).ToArray())];
        value = new double[unknowns];
        derivative = new double[unknowns, unknowns];
    }

    /// <summary>Isolated roots with every probability above <paramref name="floor"/>, from <paramref name="starts"/> starts.</summary>
    public List<double[]> Roots(int starts, double floor)
    {
        var roots = new List<double[]>();
        for (int k = 0; k < starts; k++)
        {
            if (Newton(Start(k)) is { } root && root.All(v => v > floor) && !roots.Any(r => Close(r, root)))
            {
                roots.Add(root);
            }
        }

        return roots;
    }

    // Start 0 is the centroid; start k > 0 is the k-th point of an additive-recurrence (Kronecker) sequence,
    // normalised per player: deterministic, so runs repeat, and spread over the product of simplices.
    private double[] Start(int k)
    {
        var x = new double[unknowns];
        for (int i = 0; i < support.Length; i++)
        {
            double total = 0;
            for (int j = 0; j < support[i].Length; j++)
            {
                int index = offsets[i] + j;
                double value = k == 0 ? 1 : 0.05 + ((k * (Math.Sqrt(2 + index) % 1)) % 1);
                x[index] = value;
                total += value;
            }

            for (int j = 0; j < support[i].Length; j++)
            {
                x[offsets[i] + j] /= total;
            }
        }

        return x;
    }

    private double[]? Newton(double[] x)
    {
        var residual = new double[unknowns];
        var jacobian = new double[unknowns, unknowns];
        for (int iteration = 0; iteration < 25; iteration++)
        {
            Evaluate(x, residual, jacobian);
            double size = residual.Max(Math.Abs);
            if (DenseLinear.Solve(jacobian, residual, 1e-10) is not { } delta)
            {
                return null; // singular: not an isolated solution (or a poor start on a curve of them)
            }

            for (int k = 0; k < unknowns; k++)
            {
                x[k] -= delta[k];
            }

            // Probabilities far outside [0, 1] after a few steps: this start is heading for a root of no use.
            if (x.Any(v => double.IsNaN(v) || Math.Abs(v) > (iteration < 3 ? 50 : 5)))
            {
                return null;
            }

            if (size < 1e-13 && delta.Max(Math.Abs) < 1e-12)
            {
                return x;
            }
        }

        Evaluate(x, residual, jacobian);
        return residual.Max(Math.Abs) < 1e-10 && DenseLinear.Solve(jacobian, residual, 1e-10) is not null ? x : null;
    }

    private void Evaluate(double[] x, double[] residual, double[,] jacobian)
    {
        int players = support.Length;
        Array.Clear(residual);
        Array.Clear(jacobian);
        Array.Clear(value);
        Array.Clear(derivative);

        // value[i-offset + j] = u_ij and derivative[i-offset + j, k-offset + l] = ∂u_ij/∂x_kl, accumulated over
        // the supported profiles (flat indices: unknown number = offset of the player + position in its support).
        for (int index = 0; index < profiles.Length; index++)
        {
            var unknown = flat[index];
            for (int i = 0; i < players; i++)
            {
                double pay = payoffs[index][i];
                if (pay == 0)
                {
                    continue;
                }

                double weight = pay;
                for (int k = 0; k < players; k++)
                {
                    weight = k == i ? weight : weight * x[unknown[k]];
                }

                value[unknown[i]] += weight;
                for (int k = 0; k < players; k++)
                {
                    if (k == i)
                    {
                        continue;
                    }

                    double partial = pay;
                    for (int m = 0; m < players; m++)
                    {
                        partial = m == i || m == k ? partial : partial * x[unknown[m]];
                    }

                    derivative[unknown[i], unknown[k]] += partial;
                }
            }
        }

        for (int i = 0; i < players; i++)
        {
            int row = offsets[i];
            for (int j = 0; j < support[i].Length; j++)
            {
                residual[row] += x[row + j];
                jacobian[row, row + j] = 1;
            }

            residual[row] -= 1;
            for (int j = 1; j < support[i].Length; j++)
            {
                residual[row + j] = value[row + j] - value[row];
                for (int c = 0; c < unknowns; c++)
                {
                    jacobian[row + j, c] = derivative[row + j, c] - derivative[row, c];
                }
            }
        }
    }

    private static bool Close(double[] a, double[] b) => a.Zip(b).All(p => Math.Abs(p.First - p.Second) < 1e-8);
}
