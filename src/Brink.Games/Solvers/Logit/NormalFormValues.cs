using Brink.Games.NormalForm;

namespace Brink.Games.Solvers.Logit;

/// <summary>Action values of an N-player normal form: one agent per player.</summary>
internal sealed class NormalFormValues : IAgentValues
{
    private readonly NormalFormGame game;
    private readonly int[] offsets;

    public NormalFormValues(NormalFormGame game)
    {
        this.game = game;
        ActionCounts = [.. game.StrategyCounts];
        offsets = new int[ActionCounts.Length + 1];
        for (int p = 0; p < ActionCounts.Length; p++)
        {
            offsets[p + 1] = offsets[p] + ActionCounts[p];
        }

        var all = game.AllPayoffsAsDouble;
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        foreach (double v in all)
        {
            low = Math.Min(low, v);
            high = Math.Max(high, v);
        }

        PayoffRange = Math.Max(high - low, 1e-300);
    }

    public int[] ActionCounts { get; }

    public double PayoffRange { get; }

    public void Values(ReadOnlySpan<double> sigma, Span<double> values)
    {
        values.Clear();
        int players = ActionCounts.Length;
        Span<int> profile = stackalloc int[players];
        Span<double> prefix = stackalloc double[players + 1];
        Span<double> suffix = stackalloc double[players + 1];
        var payoffs = game.AllPayoffsAsDouble;
        for (int index = 0; index < game.ProfileCount; index++)
        {
            prefix[0] = 1;
            for (int p = 0; p < players; p++)
            {
                prefix[p + 1] = prefix[p] * sigma[offsets[p] + profile[p]];
            }

            suffix[players] = 1;
            for (int p = players - 1; p >= 0; p--)
            {
                suffix[p] = suffix[p + 1] * sigma[offsets[p] + profile[p]];
            }

            for (int p = 0; p < players; p++)
            {
                values[offsets[p] + profile[p]] += payoffs[(index * players) + p] * prefix[p] * suffix[p + 1];
            }

            for (int p = 0; p < players && ++profile[p] == ActionCounts[p]; p++)
            {
                profile[p] = 0;
            }
        }
    }

    /// <summary>
    /// ∂value_(p,a)/∂σ_(q,b) = player p's expected payoff when p plays a and q plays b, the others mixing; zero
    /// within a player's own block.
    /// </summary>
    public bool ValueJacobian(ReadOnlySpan<double> sigma, double[,] jacobian)
    {
        Array.Clear(jacobian);
        int players = ActionCounts.Length;
        Span<int> profile = stackalloc int[players];
        var payoffs = game.AllPayoffsAsDouble;
        for (int index = 0; index < game.ProfileCount; index++)
        {
            for (int p = 0; p < players; p++)
            {
                double payoff = payoffs[(index * players) + p];
                if (payoff == 0)
                {
                    continue;
                }

                for (int q = 0; q < players; q++)
                {
                    if (q == p)
                    {
                        continue;
                    }

                    double weight = payoff;
                    for (int k = 0; k < players; k++)
                    {
                        if (k != p && k != q)
                        {
                            weight *= sigma[offsets[k] + profile[k]];
                        }
                    }

                    jacobian[offsets[p] + profile[p], offsets[q] + profile[q]] += weight;
                }
            }

            for (int p = 0; p < players && ++profile[p] == ActionCounts[p]; p++)
            {
                profile[p] = 0;
            }
        }

        return true;
    }

    public double MaxRegret(ReadOnlySpan<double> sigma)
    {
        var values = new double[sigma.Length];
        Values(sigma, values);
        return AgentRegret.Max(sigma, values, offsets);
    }
}
