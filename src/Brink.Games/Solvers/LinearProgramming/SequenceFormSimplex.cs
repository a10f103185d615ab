using Brink.Games.Numerics;
using Brink.Games.Solvers.Lemke;

namespace Brink.Games.Solvers.LinearProgramming;

/// <summary>
/// The sequence-form linear program of a constant-sum tree (Koller, Megiddo and von Stengel 1996), solved by the
/// simplex method as Gambit's <c>gambit-lp</c> does: player 1 maximises q₀ subject to Fᵀq − Aᵀx ≤ 0, Ex = e,
/// x ≥ 0, q free (q₀ is then the game value); player 2's realisation plan is the dual of the first block.
/// It starts from a pure plan (feasible, so no first phase) and pivots by Dantzig's rule, switching to Bland's
/// while pivots are degenerate so it never cycles, on a double-double tableau. The result is rounded to small
/// rationals and, like <see cref="FloatingSequenceFormLemke"/>'s, must be checked exactly by the caller. Used
/// where Lemke's path is long: the simplex method's pivots grow with the tree, not with a path.
/// </summary>
internal static class SequenceFormSimplex
{
    private const double Epsilon = 1e-22;
    private const int RefactorEvery = 100;

    /// <summary>Both realisation plans at an optimum, as rationals; null when the tableau or the rounding fails.</summary>
    public static (Rational[] First, Rational[] Second, int Pivots)? TrySolve(SequenceForm form)
    {
        int ns1 = form.SequenceCounts[0], ns2 = form.SequenceCounts[1];
        int m1 = form.InformationSetCount(0) + 1, m2 = form.InformationSetCount(1) + 1;

        // Columns: x (ns1), q⁺ (m2), q⁻ (m2), slacks s (ns2), artificials (m1), right-hand side.
        int qPlus = ns1, qMinus = ns1 + m2, slack = ns1 + (2 * m2), artificial = slack + ns2, rhs = artificial + m1;
        int rowCount = ns2 + m1, width = rhs + 1;
        // The constraint matrix, exactly and sparse: the tableau is built from it, and a basis is solved in it.
        var exact = new Dictionary<int, Rational>[rowCount];
        for (int i = 0; i < rowCount; i++)
        {
            exact[i] = [];
        }

        // Block 1, row t: −(Aᵀx)_t + (Fᵀq)_t + s_t = 0.
        for (int t = 0; t < ns2; t++)
        {
            for (int s = 0; s < ns1; s++)
            {
                // Player 1's payoff as minus player 2's shifted (negative) one: positive, so x ≥ 0 keeps slacks ≥ 0.
                var payoff = form.ShiftedPayoff(1, s, t);
                if (!payoff.IsZero)
                {
                    exact[t][s] = payoff;
                }
            }

            exact[t][slack + t] = 1;
        }

        foreach (var (constraint, sequence, coefficient) in Constraints(form, 1))
        {
            exact[sequence][qPlus + constraint] = coefficient;
            exact[sequence][qMinus + constraint] = -coefficient;
        }

        // Block 2: E x = e, each row with its artificial.
        foreach (var (constraint, sequence, coefficient) in Constraints(form, 0))
        {
            exact[ns2 + constraint][sequence] = coefficient;
        }

        for (int j = 0; j < m1; j++)
        {
            exact[ns2 + j][artificial + j] = 1;
        }

        var rows = new DoubleDouble[rowCount][];
        for (int i = 0; i < rowCount; i++)
        {
            rows[i] = new DoubleDouble[width];
            foreach (var (k, value) in exact[i])
            {
                rows[i][k] = DoubleDouble.FromRational(value);
            }
        }

        rows[ns2][rhs] = 1;

        var basis = new int[rowCount];
        for (int t = 0; t < ns2; t++)
        {
            basis[t] = slack + t;
        }

        for (int j = 0; j < m1; j++)
        {
            basis[ns2 + j] = artificial + j;
        }

        // A feasible start without a first phase: the pure plan taking every set's first action. Its basic x are
        // the empty sequence and each set's first action (a triangular block of E), pivoted in for the artificials.
        int pivots = 0;
        var tableau = new DoubleDoubleTableau(rows, basis);
        tableau.Pivot(ns2, 0);
        for (int h = 0; h < m1 - 1; h++)
        {
            tableau.Pivot(ns2 + h + 1, form.FirstSequences[0][h]);
        }

        for (int i = 0; i < rowCount; i++)
        {
            if (rows[i][rhs].Hi < -1e-20)
            {
                return null;
            }
        }

        var phaseTwo = new DoubleDouble[width];
        phaseTwo[qPlus] = -1;
        phaseTwo[qMinus] = 1;
        var cost = Reduce(rows, basis, phaseTwo);
        while (true)
        {
            int before = pivots;
            if (!Optimise(tableau, cost, artificial, ref pivots, RefactorEvery))
            {
                return null;
            }

            if (pivots - before < RefactorEvery)
            {
                break;
            }

            // Rounding accumulates over long runs of Gauss–Jordan pivots: rebuild the tableau of the current basis
            // from the exact matrix, as revised simplex codes refactorise.
            if (!Refactor(exact, rows, basis, ns2, rhs, slack, artificial))
            {
                return null;
            }

            cost = Reduce(rows, basis, phaseTwo);
        }

        var x = new DoubleDouble[ns1];
        for (int i = 0; i < rowCount; i++)
        {
            if (basis[i] < ns1)
            {
                x[basis[i]] = rows[i][rhs];
            }
        }

        // The dual of block 1's row t is the reduced cost of its slack.
        var y = new DoubleDouble[ns2];
        for (int t = 0; t < ns2; t++)
        {
            y[t] = cost[slack + t];
        }

        var first = FloatingSequenceFormLemke.Round(x);
        var second = FloatingSequenceFormLemke.Round(y);
        if (first is null || second is null)
        {
            // Rounding fails when the optimal vertex has large denominators (kuhn60); then solve its basis exactly.
            (first, second) = BasisSolution(exact, basis, ns1, ns2, slack, qPlus, qMinus);
        }

        return first is null || second is null ? null : (first, second, pivots);
    }

    // The exact primal x (B z = b) and dual y (Bᵀπ = c_B, y_t = −π_t: the reduced cost of slack t) of the basis.
    private static (Rational[]? First, Rational[]? Second) BasisSolution(
        Dictionary<int, Rational>[] exact, int[] basis, int ns1, int ns2, int slack, int qPlus, int qMinus)
    {
        int count = basis.Length;
        var position = new Dictionary<int, int>();
        for (int p = 0; p < count; p++)
        {
            position[basis[p]] = p;
        }

        var primal = new Dictionary<int, Rational>[count];
        var dual = new Dictionary<int, Rational>[count];
        for (int i = 0; i < count; i++)
        {
            (primal[i], dual[i]) = ([], []);
        }

        for (int i = 0; i < count; i++)
        {
            foreach (var (k, value) in exact[i])
            {
                if (position.TryGetValue(k, out int p))
                {
                    primal[i][p] = value;
                    dual[p][i] = value;
                }
            }
        }

        var b = new Rational[count];
        b[ns2] = 1;
        var c = new Rational[count];
        for (int p = 0; p < count; p++)
        {
            c[p] = basis[p] == qPlus ? -1 : basis[p] == qMinus ? 1 : 0;
        }

        var z = SparseRationalSystem.Solve(primal, b);
        var pi = SparseRationalSystem.Solve(dual, c);
        if (z is null || pi is null)
        {
            return (null, null);
        }

        var x = new Rational[ns1];
        for (int s = 0; s < ns1; s++)
        {
            x[s] = position.TryGetValue(s, out int p) ? z[p] : Rational.Zero;
        }

        var y = new Rational[ns2];
        for (int t = 0; t < ns2; t++)
        {
            y[t] = -pi[t];
        }

        return x.Any(v => v.Sign < 0) || y.Any(v => v.Sign < 0) ? (null, null) : (x, y);
    }

    // The tableau of `basis` afresh: the exact matrix in double-double, then Gauss–Jordan into the basis with the
    // largest available pivot in each column. False when the basis is singular or no longer feasible.
    private static bool Refactor(Dictionary<int, Rational>[] exact, DoubleDouble[][] rows, int[] basis, int ns2, int rhs, int slack, int artificial)
    {
        var target = (int[])basis.Clone();
        for (int i = 0; i < rows.Length; i++)
        {
            Array.Clear(rows[i]);
            foreach (var (k, value) in exact[i])
            {
                rows[i][k] = DoubleDouble.FromRational(value);
            }

            basis[i] = i < ns2 ? slack + i : artificial + i - ns2;
        }

        rows[ns2][rhs] = 1;
        var wanted = new HashSet<int>(target);
        var tableau = new DoubleDoubleTableau(rows, basis);
        foreach (int column in target.Where(c => Array.IndexOf(basis, c) < 0))
        {
            int row = -1;
            for (int i = 0; i < rows.Length; i++)
            {
                if (!wanted.Contains(basis[i]) && !rows[i][column].IsZero
                    && (row < 0 || DoubleDouble.Abs(rows[i][column]) > DoubleDouble.Abs(rows[row][column])))
                {
                    row = i;
                }
            }

            if (row < 0)
            {
                return false;
            }

            tableau.Pivot(row, column);
        }

        return rows.All(r => r[rhs].Hi >= -1e-20);
    }

    /// <summary>A player's constraint rows as (row, sequence, ±1): the root row x∅ = 1, then per set Σ children − parent.</summary>
    private static IEnumerable<(int Constraint, int Sequence, int Coefficient)> Constraints(SequenceForm form, int player)
    {
        yield return (0, 0, 1);
        for (int h = 0; h < form.InformationSetCount(player); h++)
        {
            yield return (h + 1, form.ParentSequences[player][h], -1);
            for (int a = 0; a < form.ActionCount(player, h); a++)
            {
                yield return (h + 1, form.FirstSequences[player][h] + a, 1);
            }
        }
    }

    // The cost row in canonical form: c − c_Bᵀ·(rows); its right-hand side entry is minus the objective.
    private static DoubleDouble[] Reduce(DoubleDouble[][] rows, int[] basis, DoubleDouble[] costs)
    {
        var reduced = (DoubleDouble[])costs.Clone();
        for (int i = 0; i < rows.Length; i++)
        {
            var c = costs[basis[i]];
            if (c.IsZero)
            {
                continue;
            }

            for (int k = 0; k < reduced.Length; k++)
            {
                if (!rows[i][k].IsZero)
                {
                    reduced[k] = DoubleDoubleTableau.Subtract(reduced[k], c * rows[i][k]);
                }
            }
        }

        return reduced;
    }

    // Dantzig's rule (the most negative reduced cost enters), switching to Bland's rule (the lowest-numbered
    // improving column; among ratio ties the lowest-numbered basic leaves) while pivots stay degenerate, so the
    // method never cycles yet takes few pivots.
    private static bool Optimise(DoubleDoubleTableau tableau, DoubleDouble[] cost, int columnLimit, ref int pivots, int roundLimit)
    {
        int roundStart = pivots;
        var (rows, basis) = (tableau.Rows, tableau.Basis);
        int rhs = cost.Length - 1;
        int limit = 50 * (rows.Length + cost.Length);
        int degenerate = 0;
        while (true)
        {
            bool bland = degenerate >= 20;
            int entering = -1;
            for (int j = 0; j < columnLimit; j++)
            {
                if (cost[j].Hi < -Epsilon && (entering < 0 || (!bland && cost[j].Hi < cost[entering].Hi)))
                {
                    entering = j;
                    if (bland)
                    {
                        break;
                    }
                }
            }

            if (entering < 0)
            {
                return true;
            }

            int leaving = -1;
            var best = DoubleDouble.Zero;
            for (int i = 0; i < rows.Length; i++)
            {
                if (rows[i][entering].Hi <= Epsilon)
                {
                    continue;
                }

                // A rounding residue below zero on a degenerate row counts as zero, never as a negative step.
                var ratio = rows[i][rhs].Hi <= 0 ? DoubleDouble.Zero : rows[i][rhs] / rows[i][entering];
                bool tie = leaving >= 0 && DoubleDoubleTableau.Tied(ratio, best);
                if (leaving < 0 || (!tie && ratio < best) || (tie && basis[i] < basis[leaving]))
                {
                    (leaving, best) = (i, ratio);
                }
            }

            if (pivots - roundStart >= roundLimit)
            {
                return true;
            }

            if (leaving < 0 || ++pivots > limit)
            {
                return false;
            }

            degenerate = best.Hi <= Epsilon ? degenerate + 1 : 0;
            tableau.Pivot(leaving, entering, cost);
        }
    }
}
