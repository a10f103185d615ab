using Brink.Games.Profiles;

namespace Brink.Games.Solvers.Homotopy;

/// <summary>
/// What gnm and ipa ask of a perturbation vector before following a path from it: one finite entry per strategy of
/// every player, in order, and for each player a unique largest entry — the path starts at each player's
/// highest-bonus strategy, which must be a unique best reply (Gambit refuses a tie too).
/// </summary>
internal static class PerturbationVector
{
    /// <summary>Throws <see cref="SolverNotApplicableException"/> naming run <paramref name="run"/> (from 1) unless the vector fits.</summary>
    public static void Check(IReadOnlyList<double> vector, IReadOnlyList<int> strategyCounts, int run)
    {
        int total = strategyCounts.Sum();
        if (vector.Count != total)
        {
            throw new SolverNotApplicableException($"perturbation {run} has {vector.Count} entries; the game has {total} strategies");
        }

        int offset = 0;
        for (int p = 0; p < strategyCounts.Count; p++)
        {
            double largest = double.NegativeInfinity;
            int atLargest = 0;
            for (int s = offset; s < offset + strategyCounts[p]; s++)
            {
                double v = vector[s];
                if (!double.IsFinite(v))
                {
                    throw new SolverNotApplicableException($"perturbation {run} has an entry that is not a finite number");
                }

                (largest, atLargest) = v > largest ? (v, 1) : v == largest ? (largest, atLargest + 1) : (largest, atLargest);
            }

            if (atLargest > 1)
            {
                throw new SolverNotApplicableException($"perturbation {run} has no unique largest entry for player {p + 1}");
            }

            offset += strategyCounts[p];
        }
    }
}
