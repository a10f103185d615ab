namespace Brink.Games.Solvers.Logit;

/// <summary>The largest gain any agent could make by switching to its best action, given the action values.</summary>
internal static class AgentRegret
{
    public static double Max(ReadOnlySpan<double> sigma, ReadOnlySpan<double> values, int[] offsets)
    {
        double worst = 0;
        for (int j = 0; j + 1 < offsets.Length; j++)
        {
            double best = double.NegativeInfinity, current = 0;
            for (int a = offsets[j]; a < offsets[j + 1]; a++)
            {
                best = Math.Max(best, values[a]);
                current += sigma[a] * values[a];
            }

            worst = Math.Max(worst, best - current);
        }

        return worst;
    }
}
