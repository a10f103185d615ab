namespace Brink.Analysis.Scoring;

/// <summary>
/// The scores of docs/situations.md for one prediction over the seven ordered categories: multi-class Brier
/// (sum over categories of squared error), log loss (natural log, probability floored at 1e-6), top-1 hit, and
/// the ranked probability score (mean over the six cut points of the squared difference of cumulative
/// probabilities, so 0 is perfect and 1 is certain and at the wrong end of the ladder).
/// </summary>
public static class ProperScores
{
    /// <summary>The floor applied to the actual category's probability in the log loss.</summary>
    public const double Floor = 1e-6;

    /// <summary>Σ_k (p_k − [k = actual])².</summary>
    public static double Brier(ReadOnlySpan<double> p, int actual)
    {
        double sum = 0;
        for (int k = 0; k < p.Length; k++)
        {
            double e = p[k] - (k == actual ? 1 : 0);
            sum += e * e;
        }

        return sum;
    }

    /// <summary>−ln max(1e-6, p_actual).</summary>
    public static double LogLoss(ReadOnlySpan<double> p, int actual) => -Math.Log(Math.Max(Floor, p[actual]));

    /// <summary>(1 / (K − 1)) Σ_{k &lt; K} (P_k − O_k)², P and O cumulative over the ladder.</summary>
    public static double RankedProbability(ReadOnlySpan<double> p, int actual)
    {
        double cumulative = 0, sum = 0;
        for (int k = 0; k < p.Length - 1; k++)
        {
            cumulative += p[k];
            double e = cumulative - (k >= actual ? 1 : 0);
            sum += e * e;
        }

        return sum / (p.Length - 1);
    }

    /// <summary>The most likely category; the lower rung on ties.</summary>
    public static int Top(ReadOnlySpan<double> p)
    {
        int best = 0;
        for (int k = 1; k < p.Length; k++)
        {
            if (p[k] > p[best])
            {
                best = k;
            }
        }

        return best;
    }
}
