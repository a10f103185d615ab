namespace Brink.Games.Solvers.Homotopy;

/// <summary>
/// An equilibrium of a polymatrix game by Lemke's algorithm with the perturbation as covering vector, the solve at
/// the heart of Govindan and Wilson's IPA (2004, §3). The game's conditions form a linear complementarity problem
/// over the strategies x (M of them) and each player's value vₙ (free):
/// <code>
///   wᵢ = vₙ − (A x)ᵢ − λ gᵢ ≥ 0,  xᵢ ≥ 0,  xᵢ wᵢ = 0   (i a strategy of player n)
///   Σ_{i of n} xᵢ = 1
/// </code>
/// where λ g is a bonus on each strategy. For λ large each player's best reply is the strategy with the largest
/// gᵢ; the path starts there (that pure profile, with the least λ that keeps it an equilibrium of the perturbed
/// game) and pivots complementarily until λ leaves the basis at 0, which is an equilibrium of the game itself.
/// The dense tableau keeps one row per constraint in a fixed position, and ratio ties go to the first row, as in
/// GameTracer's Lemke–Howson, so degenerate games break ties the same way.
/// </summary>
internal static class PolymatrixLemke
{
    // Far more than any path in the bundled games needs; a longer one is taken to be cycling on a degenerate game.
    private const int MaxPivots = 20_000;

    // Column layout of the tableau: x (M), w (M), v (N), λ, right-hand side.
    private static int SlackColumn(int m, int i) => m + i;

    /// <summary>
    /// The equilibrium reached from the perturbation <paramref name="g"/> in the polymatrix game with flat M×M
    /// matrix <paramref name="matrix"/>; null if the path fails (a ray, or more pivots than a path should need).
    /// </summary>
    public static double[]? Solve(PolymatrixApproximation game, double[] matrix, double[] g, int[] bestReplies, ref int pivots)
    {
        int m = game.Size, n = game.Players;
        int rows = m + n, lambda = (2 * m) + n, rhs = lambda + 1, columns = rhs + 1;
        var tableau = new double[rows, columns];
        var basis = new int[rows];
        for (int i = 0; i < m; i++)
        {
            // A x + w − v + λ g = 0 in row i: w starts basic there.
            for (int j = 0; j < m; j++)
            {
                tableau[i, j] = matrix[(i * m) + j];
            }

            tableau[i, SlackColumn(m, i)] = 1;
            tableau[i, (2 * m) + game.PlayerOf(i)] = -1;
            tableau[i, lambda] = g[i];
            basis[i] = SlackColumn(m, i);
        }

        for (int p = 0; p < n; p++)
        {
            // Σ x = 1 in row M + p; its artificial basic variable leaves at once and is never priced again.
            for (int j = game.Offsets[p]; j < game.Offsets[p + 1]; j++)
            {
                tableau[m + p, j] = 1;
            }

            tableau[m + p, rhs] = 1;
            basis[m + p] = -1;
        }

        // Start at the pure profile of best replies to the perturbation: each player's x there, then its value.
        for (int p = 0; p < n; p++)
        {
            Pivot(tableau, basis, m + p, bestReplies[p]);
            Pivot(tableau, basis, bestReplies[p], (2 * m) + p);
        }

        // λ enters at the least value that makes every slack non-negative; the slack that binds last leaves.
        int row = -1;
        double most = double.NegativeInfinity;
        for (int r = 0; r < rows; r++)
        {
            if (tableau[r, lambda] < 0 && !IsValue(basis[r], m, n) && tableau[r, rhs] / tableau[r, lambda] > most)
            {
                (most, row) = (tableau[r, rhs] / tableau[r, lambda], r);
            }
        }

        if (row >= 0 && most > 0)
        {
            int leaving = Pivot(tableau, basis, row, lambda), steps = 0;
            while (leaving != lambda)
            {
                int entering = leaving < m ? SlackColumn(m, leaving) : leaving - m;
                row = -1;
                double least = double.PositiveInfinity;
                for (int r = 0; r < rows; r++)
                {
                    if (tableau[r, entering] > 0 && !IsValue(basis[r], m, n) && tableau[r, rhs] / tableau[r, entering] < least)
                    {
                        (least, row) = (tableau[r, rhs] / tableau[r, entering], r);
                    }
                }

                if (row < 0 || ++steps > MaxPivots)
                {
                    return null;
                }

                leaving = Pivot(tableau, basis, row, entering);
            }

            pivots += steps;
        }

        var x = new double[m];
        for (int r = 0; r < rows; r++)
        {
            if (basis[r] >= 0 && basis[r] < m)
            {
                x[basis[r]] = tableau[r, rhs];
            }
        }

        return x;
    }

    private static bool IsValue(int variable, int m, int n) => variable >= 2 * m && variable < (2 * m) + n;

    // Gauss–Jordan pivot on (row, column); returns the variable that leaves the basis.
    private static int Pivot(double[,] tableau, int[] basis, int row, int column)
    {
        int rows = tableau.GetLength(0), columns = tableau.GetLength(1);
        double pivot = tableau[row, column];
        for (int c = 0; c < columns; c++)
        {
            tableau[row, c] /= pivot;
        }

        tableau[row, column] = 1;
        for (int r = 0; r < rows; r++)
        {
            double factor = tableau[r, column];
            if (r == row || factor == 0)
            {
                continue;
            }

            for (int c = 0; c < columns; c++)
            {
                tableau[r, c] -= factor * tableau[row, c];
            }

            tableau[r, column] = 0;
        }

        int leaving = basis[row];
        basis[row] = column;
        return leaving;
    }
}
