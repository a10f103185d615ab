using Brink.Games.Numerics;

namespace Brink.Games.Solvers.Homotopy;

/// <summary>
/// An equilibrium of a polymatrix game by Lemke's algorithm with the perturbation as covering vector, the solve at
/// the heart of Govindan and Wilson's IPA (2004, §3). The game's conditions form a linear complementarity problem
/// over the strategies x (M of them) and each player's value vₙ (free):
/// <code>
///   wᵢ = vₙ − (A x)ᵢ − λ gᵢ ≥ 0,  xᵢ ≥ 0,  xᵢ wᵢ = 0   (i a strategy of player n)
///   eₙ = 1 − Σ_{i of n} xᵢ = 0
/// </code>
/// where λ g is a bonus on each strategy. For λ large each player's best reply is the strategy with the largest
/// gᵢ; the path starts there (that pure profile, with the least λ that keeps it an equilibrium of the perturbed
/// game) and pivots complementarily until λ leaves the basis at 0, which is an equilibrium of the game itself.
/// <para>
/// The dictionary <c>basic = rhs − T·nonbasic</c> is kept fraction-free in doubles, as GameTracer's is: every
/// entry is <c>denominator</c> times the true one, so with integer payoffs the entries stay integers (exact zeros
/// stay zero on degenerate games) until the denominator passes 10⁶ and the tableau is rescaled. Rows keep their
/// positions and ratio ties go to the first row, as in GameTracer, so degenerate games break ties alike.
/// </para>
/// </summary>
internal static class PolymatrixLemke
{
    // Far more than any path in the bundled games needs; a longer one is taken to be cycling on a degenerate game.
    private const int MaxPivots = 20_000;

    // GameTracer rescales the fraction-free tableau once its denominator passes this.
    private const double RescaleAbove = 1e6;

    /// <summary>
    /// The equilibrium reached from the perturbation <paramref name="g"/> in the polymatrix game with flat M×M
    /// matrix <paramref name="matrix"/>, starting from the pure profile <paramref name="bestReplies"/> (flat
    /// indices, one per player); null if the path fails (a ray, or cycling).
    /// </summary>
    /// <remarks>
    /// With <paramref name="polish"/>, the end point is recomputed from the final basis by one fresh solve of the
    /// original equations (λ = 0): the rescaled tableau can carry errors near 10⁻⁴ on fractional payoffs, which
    /// matter for a final answer (two players) but are left alone mid-iteration, where Gambit's path has them too.
    /// </remarks>
    public static double[]? Solve(PolymatrixApproximation game, double[] matrix, double[] g, int[] bestReplies, bool polish, ref int pivots)
    {
        var tableau = new Dictionary(game, matrix, g);
        int m = game.Size, n = game.Players;
        foreach (int p in Enumerable.Range(0, n))
        {
            // The pure best reply enters for its player's sum row, then the player's value for that reply's slack.
            tableau.Pivot(tableau.RowOf(Dictionary.Equality(m, p)), tableau.ColumnOf(Dictionary.Strategy(bestReplies[p])));
            tableau.Pivot(tableau.RowOf(Dictionary.Slack(bestReplies[p])), tableau.ColumnOf(Dictionary.Value(m, p)));
        }

        // λ enters at the least value that makes every slack non-negative; the slack that binds last leaves. If
        // none is negative the pure profile already is an equilibrium. The values are free and never leave:
        // GameTracer also prices their rows here, harmless while payoffs are shifted non-negative, but a tree whose
        // path payoffs add up below its least outcome gives a negative value that would wrongly leave.
        int lambda = tableau.ColumnOf(Dictionary.Lambda(m, n));
        int row = -1;
        double most = double.NegativeInfinity;
        for (int r = 0; r < tableau.Rows; r++)
        {
            double coefficient = tableau[r, lambda];
            if (coefficient < 0 && !Dictionary.IsValue(tableau.BasicAt(r), m, n) && tableau.Rhs(r) / coefficient > most)
            {
                (most, row) = (tableau.Rhs(r) / coefficient, r);
            }
        }

        if (most > 0)
        {
            int leaving = tableau.Pivot(row, lambda), steps = 0;
            while (leaving != Dictionary.Lambda(m, n))
            {
                // The complement of what left enters; the ratio test skips the values, which are free.
                int entering = tableau.ColumnOf(-leaving);
                row = -1;
                double least = double.PositiveInfinity;
                for (int r = 0; r < tableau.Rows; r++)
                {
                    double coefficient = tableau[r, entering];
                    if (coefficient > 0 && !Dictionary.IsValue(tableau.BasicAt(r), m, n) && tableau.Rhs(r) / coefficient < least)
                    {
                        (least, row) = (tableau.Rhs(r) / coefficient, r);
                    }
                }

                if (row < 0 || ++steps > MaxPivots)
                {
                    return null;
                }

                leaving = tableau.Pivot(row, entering);
            }

            pivots += steps + 1;
        }

        var x = new double[m];
        for (int i = 0; i < m; i++)
        {
            int r = tableau.RowOf(Dictionary.Strategy(i));
            x[i] = r < 0 ? 0 : tableau.Value(r);
        }

        return polish ? Resolve(game, matrix, tableau) ?? x : x;
    }

    // The basic solution of the final basis from the original equations: row i reads A x + w − v = 0 and row M + p
    // reads Σ x = 1, with every nonbasic variable (λ among them) at 0.
    private static double[]? Resolve(PolymatrixApproximation game, double[] matrix, Dictionary tableau)
    {
        int m = game.Size, rows = tableau.Rows;
        var system = new double[rows, rows];
        var rhs = new double[rows];
        for (int p = 0; p < game.Players; p++)
        {
            rhs[m + p] = 1;
        }

        for (int k = 0; k < rows; k++)
        {
            int label = tableau.BasicAt(k);
            if (label >= 1 && label <= m)
            {
                int j = label - 1;
                for (int i = 0; i < m; i++)
                {
                    system[i, k] = matrix[(i * m) + j];
                }

                system[m + game.PlayerOf(j), k] = 1;
            }
            else if (label <= -1 && label >= -m)
            {
                system[-label - 1, k] = 1;
            }
            else if (Dictionary.IsValue(label, m, game.Players))
            {
                int p = label - m - 1;
                for (int i = game.Offsets[p]; i < game.Offsets[p + 1]; i++)
                {
                    system[i, k] = -1;
                }
            }
            else
            {
                return null;
            }
        }

        // A nearly singular basis could make the fresh solve worse than the tableau: then keep the tableau's.
        if (DenseLinear.Solve(system, rhs, 1e-13) is not { } solution || solution.Take(m).Any(v => !(v > -1e-9)))
        {
            return null;
        }

        var x = new double[m];
        for (int k = 0; k < rows; k++)
        {
            int label = tableau.BasicAt(k);
            if (label >= 1 && label <= m)
            {
                x[label - 1] = solution[k];
            }
        }

        return x;
    }

    /// <summary>
    /// The compact dictionary. Variables are signed labels: strategy xᵢ is i + 1 and its slack wᵢ is −(i + 1);
    /// value vₙ is M + n + 1 and the sum row's artificial eₙ is −(M + n + 1); λ is M + N + 1. A complement is the
    /// negated label. Columns hold the nonbasic variables, then λ's slot, then the right-hand side.
    /// </summary>
    private sealed class Dictionary
    {
        private readonly double[,] entries;
        private readonly int[] rowLabels;
        private readonly int[] columnLabels;
        private readonly int rhs;
        private double denominator = 1;

        public Dictionary(PolymatrixApproximation game, double[] matrix, double[] g)
        {
            int m = game.Size, n = game.Players;
            Rows = m + n;
            rhs = m + n + 1;
            entries = new double[Rows, rhs + 1];
            rowLabels = [.. Enumerable.Range(0, Rows).Select(r => -(r + 1))];
            columnLabels = [.. Enumerable.Range(0, rhs + 1).Select(c => c + 1)];
            for (int i = 0; i < m; i++)
            {
                // wᵢ = 0 − (Σ_j A_ij x_j − v_n + gᵢ λ)
                for (int j = 0; j < m; j++)
                {
                    entries[i, j] = matrix[(i * m) + j];
                }

                entries[i, m + game.PlayerOf(i)] = -1;
                entries[i, m + n] = g[i];
            }

            for (int p = 0; p < n; p++)
            {
                // e_p = 1 − Σ_{i of p} x_i
                for (int j = game.Offsets[p]; j < game.Offsets[p + 1]; j++)
                {
                    entries[m + p, j] = 1;
                }

                entries[m + p, rhs] = 1;
            }
        }

        public int Rows { get; }

        public double this[int row, int column] => entries[row, column];

        public static int Strategy(int i) => i + 1;

        public static int Slack(int i) => -(i + 1);

        public static int Value(int m, int p) => m + p + 1;

        public static int Equality(int m, int p) => -(m + p + 1);

        public static int Lambda(int m, int n) => m + n + 1;

        public static bool IsValue(int label, int m, int n) => label > m && label <= m + n;

        public int BasicAt(int row) => rowLabels[row];

        public double Rhs(int row) => entries[row, rhs];

        public double Value(int row) => entries[row, rhs] / denominator;

        public int RowOf(int label) => Array.IndexOf(rowLabels, label);

        public int ColumnOf(int label) => Array.IndexOf(columnLabels, label);

        /// <summary>Exchanges the basic variable of <paramref name="row"/> with the nonbasic one of <paramref name="column"/>; returns the one that left.</summary>
        public int Pivot(int row, int column)
        {
            double pivot = entries[row, column];
            double sign = pivot < 0 ? -1 : 1;
            int rows = Rows, columns = rhs + 1;

            // Every other entry: (t·p − t_rc·t_pc) / D, the Bareiss step, exact in integers. Written in this order,
            // as GameTracer's, so the rounding is the same.
            for (int r = 0; r < rows; r++)
            {
                if (r == row)
                {
                    continue;
                }

                for (int c = 0; c < columns; c++)
                {
                    if (c != column)
                    {
                        double t = entries[r, c] * pivot;
                        t -= entries[r, column] * entries[row, c];
                        entries[r, c] = t / (denominator * sign);
                    }
                }
            }

            // The pivot row keeps its entries and the column is negated (or the reverse when the pivot is
            // negative), so the new denominator |p| stays positive.
            if (sign > 0)
            {
                for (int r = 0; r < rows; r++)
                {
                    entries[r, column] = -entries[r, column];
                }
            }
            else
            {
                for (int c = 0; c < columns; c++)
                {
                    entries[row, c] = -entries[row, c];
                }
            }

            entries[row, column] = sign * denominator;
            denominator = Math.Abs(pivot);
            int leaving = rowLabels[row];
            (rowLabels[row], columnLabels[column]) = (columnLabels[column], leaving);
            if (denominator > RescaleAbove)
            {
                for (int r = 0; r < rows; r++)
                {
                    for (int c = 0; c < columns; c++)
                    {
                        entries[r, c] /= denominator;
                    }
                }

                denominator = 1;
            }

            return leaving;
        }
    }
}
