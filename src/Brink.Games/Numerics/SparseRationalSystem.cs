namespace Brink.Games.Numerics;

/// <summary>
/// Exact solution of a square sparse linear system by Gaussian elimination in rationals, choosing each pivot to
/// keep fill-in small (Markowitz 1957): an unknown that occurs in one equation only is solved from it last, with no
/// elimination at all; otherwise the shortest equation's rarest unknown is eliminated. Used to recover the exact
/// vertex of a basis a floating-point simplex method ended on, whose columns are mostly unit or ±1 columns.
/// </summary>
internal static class SparseRationalSystem
{
    /// <summary>
    /// The unique z with Σ_k equations[i][k]·z_k = rhs[i] for every i, or null when the system is singular.
    /// The equations are consumed (eliminated in place).
    /// </summary>
    public static Rational[]? Solve(Dictionary<int, Rational>[] equations, Rational[] rhs)
    {
        int n = equations.Length;
        // occurrences[k]: the equations not yet used as pivots that contain unknown k.
        var occurrences = new HashSet<int>[n];
        for (int k = 0; k < n; k++)
        {
            occurrences[k] = [];
        }

        for (int i = 0; i < n; i++)
        {
            foreach (int k in equations[i].Keys)
            {
                occurrences[k].Add(i);
            }
        }

        var active = new SortedSet<int>(Enumerable.Range(0, n));
        var order = new List<(int Equation, int Unknown)>(n);
        while (active.Count > 0)
        {
            var (row, column) = ChoosePivot(equations, occurrences, active);
            if (row < 0)
            {
                return null;
            }

            active.Remove(row);
            order.Add((row, column));
            var pivotRow = equations[row];
            var pivot = pivotRow[column];
            foreach (int k in pivotRow.Keys)
            {
                occurrences[k].Remove(row);
            }

            foreach (int other in occurrences[column].ToList())
            {
                var target = equations[other];
                var factor = target[column] / pivot;
                foreach (var (k, value) in pivotRow)
                {
                    var updated = (target.TryGetValue(k, out var current) ? current : Rational.Zero) - (factor * value);
                    if (updated.IsZero || k == column)
                    {
                        target.Remove(k);
                        occurrences[k].Remove(other);
                    }
                    else
                    {
                        target[k] = updated;
                        occurrences[k].Add(other);
                    }
                }

                rhs[other] -= factor * rhs[row];
            }
        }

        // Each pivot equation's other unknowns were pivoted later, so solve in reverse order.
        var z = new Rational[n];
        for (int step = order.Count - 1; step >= 0; step--)
        {
            var (row, column) = order[step];
            var sum = rhs[row];
            foreach (var (k, value) in equations[row])
            {
                if (k != column)
                {
                    sum -= value * z[k];
                }
            }

            z[column] = sum / equations[row][column];
        }

        return z;
    }

    private static (int Row, int Column) ChoosePivot(Dictionary<int, Rational>[] equations, HashSet<int>[] occurrences, SortedSet<int> active)
    {
        int bestRow = -1, bestColumn = -1;
        long bestCost = long.MaxValue;
        foreach (int i in active)
        {
            foreach (int k in equations[i].Keys)
            {
                long others = occurrences[k].Count - 1;
                long cost = others * (equations[i].Count - 1);
                if (cost < bestCost || (cost == bestCost && (i < bestRow || (i == bestRow && k < bestColumn))))
                {
                    (bestRow, bestColumn, bestCost) = (i, k, cost);
                    if (cost == 0)
                    {
                        return (bestRow, bestColumn);
                    }
                }
            }
        }

        return (bestRow, bestColumn);
    }
}
