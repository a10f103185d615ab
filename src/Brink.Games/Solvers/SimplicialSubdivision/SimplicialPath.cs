namespace Brink.Games.Solvers.SimplicialSubdivision;

/// <summary>
/// One pass of the variable-dimension simplicial algorithm (van der Laan and Talman 1979; on a product of simplices,
/// van der Laan, Talman and van der Heyden 1987) from a start v on a grid of mesh 1/m. For a set T of labels
/// (player, strategy), with T_i a proper subset of player i's strategies, the region A(T) holds the profiles
/// x_i = v_i + Σ_{j∈T_i} λ_ij (e_j − v_i), λ ≥ 0, Σ_j λ_ij ≤ 1. Each player's λ's, in strategy order (never in the
/// order their labels joined T: A(T)'s triangulation must depend on T alone, or the path can cycle), are written as
/// suffix sums s_i1 ≥ s_i2 ≥ … ≥ 0 with s_i1 ≤ m (λ = difference / m), and A(T) is triangulated by Freudenthal's
/// triangulation in those integer coordinates, which respects every face of the chain.
/// A point's label is the (player, strategy) with the largest gain z_ij = u_i(j, x₋ᵢ) − u_i(x), first in order on
/// ties. The path moves through simplices carrying every label of T; a new label joins T (one dimension up), a face
/// λ_ij = 0 drops (i, j) (one dimension down). It stops when some player's labels cover every strategy its start
/// plays (all its labels, from an interior start), or at the far face where a player's strategies outside T_i are
/// all 0: in both cases that player plays only labelled strategies, each the largest gain near by, and since
/// Σ_j x_ij z_ij = 0 that gain is ≈ 0, so every player's regret is ≈ 0.
/// </summary>
internal sealed class SimplicialPath
{
    private readonly PayoffTable table;
    private readonly long[][] startNumerators;
    private readonly long startDenominator;
    private readonly long mesh;
    private readonly double goodEnough;
    private readonly List<(int Player, int Strategy)> coordinates = [];
    private readonly List<long[]> vertices = [];
    private readonly List<int> permutation = [];
    private readonly List<(int Player, int Strategy)> labels = [];

    /// <param name="table">Its payoffs in doubles.</param>
    /// <param name="startNumerators">v = startNumerators / startDenominator, per player.</param>
    /// <param name="startDenominator">The common denominator of the start.</param>
    /// <param name="mesh">m: the grid steps λ by 1/m.</param>
    /// <param name="goodEnough">A vertex whose largest gain is at most this ends the path at once.</param>
    public SimplicialPath(PayoffTable table, long[][] startNumerators, long startDenominator, long mesh, double goodEnough)
    {
        this.goodEnough = goodEnough;
        this.table = table;
        this.startNumerators = startNumerators;
        this.startDenominator = startDenominator;
        this.mesh = mesh;
    }

    /// <summary>Simplices visited.</summary>
    public long Steps { get; private set; }

    /// <summary>
    /// Follows the path to its end and returns the numerators (over startDenominator × mesh) of the end simplex's
    /// vertex with the smallest regret; null if the path is longer than <paramref name="maxSteps"/> simplices.
    /// </summary>
    public long[][]? Follow(long maxSteps)
    {
        vertices.Add([]);
        labels.Add(Label(vertices[0]));
        int added = 0, remove = -1;
        while (++Steps <= maxSteps)
        {
            if (added >= 0)
            {
                var label = labels[added];
                if (lastGain <= goodEnough)
                {
                    // Also what keeps a pure start from stalling: a player at e_j whose own j is labelled has gain
                    // 0 there, so the vertex is an equilibrium, while moving towards e_j would not move at all.
                    return Numerators(vertices[added]);
                }

                if (coordinates.Contains(label))
                {
                    remove = OtherVertexWithLabel(added, label);
                }
                else if (CoversStartSupport(label))
                {
                    return BestVertex();
                }
                else
                {
                    added = RaiseDimension(label);
                    continue;
                }
            }

            added = Pivot(ref remove);
            if (added == FarFace)
            {
                return BestVertex();
            }
        }

        return null;
    }

    // Whether T_i plus the new label (i, j) holds every strategy player i's start plays. Then x_i is supported on
    // them at every vertex (x_ij = v_ij = 0 off T_i), each of them has the largest gain at some vertex, and since
    // Σ_j x_ij z_ij = 0 every vertex is an approximate equilibrium: the path ends. With a full-support start this
    // is "player i holds all its labels"; with a start on the boundary (a restart from an answer that plays some
    // strategies with probability 0) it also keeps the path out of the regions where that player's directions
    // e_j − v_i are dependent, which it would otherwise wander through without moving the profile.
    private bool CoversStartSupport((int Player, int Strategy) label)
    {
        var start = startNumerators[label.Player];
        for (int j = 0; j < start.Length; j++)
        {
            if (start[j] > 0 && j != label.Strategy && !coordinates.Contains((label.Player, j)))
            {
                return false;
            }
        }

        return true;
    }

    private const int FarFace = -1;
    private const int Lowered = -2;

    // Replaces vertex r by its reflection in the opposite facet (Freudenthal's pivot rules) and returns the new
    // vertex's index. When the facet lies on a face of A(T) instead: the far face ends the path (FarFace); a face
    // λ_ij = 0 drops (i, j), the facet becomes the simplex, and r becomes the vertex carrying (i, j) (Lowered).
    private int Pivot(ref int r)
    {
        int t = permutation.Count;
        long[] candidate = r == 0 ? Step(vertices[t], permutation[0], +1)
            : r == t ? Step(vertices[0], permutation[t - 1], -1)
            : Step(vertices[r - 1], permutation[r], +1);
        int violation = Violation(candidate);
        if (violation == NoViolation)
        {
            var label = Label(candidate);
            if (r == 0)
            {
                int moved = permutation[0];
                permutation.RemoveAt(0);
                permutation.Add(moved);
                vertices.RemoveAt(0);
                labels.RemoveAt(0);
                vertices.Add(candidate);
                labels.Add(label);
                return t;
            }

            if (r == t)
            {
                int moved = permutation[t - 1];
                permutation.RemoveAt(t - 1);
                permutation.Insert(0, moved);
                vertices.RemoveAt(t);
                labels.RemoveAt(t);
                vertices.Insert(0, candidate);
                labels.Insert(0, label);
                return 0;
            }

            (permutation[r - 1], permutation[r]) = (permutation[r], permutation[r - 1]);
            vertices[r] = candidate;
            labels[r] = label;
            return r;
        }

        vertices.RemoveAt(r);
        labels.RemoveAt(r);
        if (violation == FarFace)
        {
            return FarFace;
        }

        r = LowerDimension(violation);
        return Lowered;
    }

    private int LowerDimension(int coordinate)
    {
        var dropped = coordinates[coordinate];
        coordinates.RemoveAt(coordinate);
        for (int k = 0; k < vertices.Count; k++)
        {
            vertices[k] = [.. vertices[k].Where((_, c) => c != coordinate)];
        }

        // The facet's vertices still form a chain of unit steps once the dropped coordinate is gone.
        permutation.Clear();
        for (int k = 0; k + 1 < vertices.Count; k++)
        {
            int moved = -1;
            for (int c = 0; c < coordinates.Count; c++)
            {
                long difference = vertices[k + 1][c] - vertices[k][c];
                if (difference != 0)
                {
                    moved = difference == 1 && moved < 0 ? c : throw new InvalidOperationException("facet is not a Freudenthal simplex");
                }
            }

            permutation.Add(moved >= 0 ? moved : throw new InvalidOperationException("facet has repeated vertices"));
        }

        int next = labels.IndexOf(dropped);
        return next >= 0 ? next : throw new InvalidOperationException("dropped label missing from facet");
    }

    // The simplex is a facet of the one in A(T ∪ {label}) whose face λ_label = 0 it is. Every player's chain is kept
    // in strategy order (coordinates sorted by player, then strategy), so the triangulation of A(T) depends on T
    // alone: with a chain in joining order, a label dropped from the middle and joined again later would come back
    // last, the same region would be triangulated differently on the way back, and the path could cycle.
    // The new suffix sum s_new sits before its successor s_next in the chain (or last, with s_new = 0 on the face);
    // on the face s_new = s_next, so the step in s_next splits into a step in s_new then one in s_next, and the
    // vertex between them is the new one.
    private int RaiseDimension((int Player, int Strategy) label)
    {
        int at = 0;
        while (at < coordinates.Count && coordinates[at].CompareTo(label) < 0)
        {
            at++;
        }

        bool hasNext = at < coordinates.Count && coordinates[at].Player == label.Player;
        coordinates.Insert(at, label);
        for (int k = 0; k < vertices.Count; k++)
        {
            var vertex = vertices[k];
            vertices[k] = [.. vertex[..at], hasNext ? vertex[at] : 0, .. vertex[at..]];
        }

        for (int k = 0; k < permutation.Count; k++)
        {
            permutation[k] += permutation[k] >= at ? 1 : 0;
        }

        int position = hasNext ? permutation.IndexOf(at + 1) : permutation.Count;
        var added = Step(vertices[position], at, +1);
        permutation.Insert(position, at);
        vertices.Insert(position + 1, added);
        labels.Insert(position + 1, Label(added));
        return position + 1;
    }

    private const int NoViolation = -3;

    // FarFace when some player's s_1 exceeds m; the coordinate whose λ turned negative; or NoViolation.
    private int Violation(long[] vertex)
    {
        for (int player = 0; player < startNumerators.Length; player++)
        {
            long previous = mesh;
            int previousCoordinate = FarFace;
            for (int c = 0; c < coordinates.Count; c++)
            {
                if (coordinates[c].Player != player)
                {
                    continue;
                }

                if (vertex[c] > previous)
                {
                    return previousCoordinate;
                }

                previous = vertex[c];
                previousCoordinate = c;
            }

            if (previous < 0)
            {
                return previousCoordinate;
            }
        }

        return NoViolation;
    }

    private static long[] Step(long[] vertex, int coordinate, int sign)
    {
        var next = (long[])vertex.Clone();
        next[coordinate] += sign;
        return next;
    }

    private int OtherVertexWithLabel(int vertex, (int Player, int Strategy) label)
    {
        for (int k = 0; k < labels.Count; k++)
        {
            if (k != vertex && labels[k] == label)
            {
                return k;
            }
        }

        throw new InvalidOperationException("a duplicated label has no twin");
    }

    // The gain behind the label computed last (always the newest vertex's).
    private double lastGain;

    private (int Player, int Strategy) Label(long[] vertex)
    {
        var (player, strategy, gain) = table.LargestGain(ToDoubles(Numerators(vertex)));
        lastGain = gain;
        return (player, strategy);
    }

    private long[][] BestVertex()
    {
        long[][] best = [];
        double bestRegret = double.PositiveInfinity;
        foreach (var vertex in vertices)
        {
            var numerators = Numerators(vertex);
            double regret = table.MaxRegret(ToDoubles(numerators));
            if (regret < bestRegret)
            {
                (best, bestRegret) = (numerators, regret);
            }
        }

        return best;
    }

    // x_ih = v_ih (1 − s_i1/m) + λ_ih/m, as numerators over startDenominator × m.
    private long[][] Numerators(long[] vertex)
    {
        var result = new long[startNumerators.Length][];
        for (int player = 0; player < result.Length; player++)
        {
            long first = -1, previousValue = 0;
            int previousStrategy = -1;
            var x = new long[startNumerators[player].Length];
            for (int c = 0; c < coordinates.Count; c++)
            {
                if (coordinates[c].Player != player)
                {
                    continue;
                }

                first = first < 0 ? vertex[c] : first;
                if (previousStrategy >= 0)
                {
                    x[previousStrategy] = (previousValue - vertex[c]) * startDenominator;
                }

                (previousStrategy, previousValue) = (coordinates[c].Strategy, vertex[c]);
            }

            if (previousStrategy >= 0)
            {
                x[previousStrategy] = previousValue * startDenominator;
            }

            long scale = mesh - Math.Max(first, 0);
            for (int j = 0; j < x.Length; j++)
            {
                x[j] += startNumerators[player][j] * scale;
            }

            result[player] = x;
        }

        return result;
    }

    private double[][] ToDoubles(long[][] numerators)
    {
        double denominator = (double)startDenominator * mesh;
        return [.. numerators.Select(row => row.Select(v => v / denominator).ToArray())];
    }
}
