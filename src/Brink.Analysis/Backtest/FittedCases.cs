using System.Collections.Immutable;
using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Analysis.Backtest;

/// <summary>
/// Which of a backtest's cases a pack's values were fitted on (<see cref="BacktestOptions.FittedOn"/>): the ids
/// its fit records; every case when an older fit recorded only a count and a hash (refitting is never
/// optimistic); none when the pack holds its defaults. Shared by <c>brink backtest</c> and the workbench.
/// </summary>
public static class FittedCases
{
    /// <summary>The fitted-on ids; <paramref name="unnamed"/> is true when the fit did not name its cases.</summary>
    public static ImmutableHashSet<string> Of(ModelPack pack, IReadOnlyList<Situation> cases, out bool unnamed)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(cases);
        unnamed = false;
        if (pack.Fitted is not { } fit || fit.Values.IsEmpty)
        {
            return [];
        }

        if (fit.CaseIds.IsEmpty)
        {
            unnamed = true;
            return [.. cases.Select(c => c.Id)];
        }

        return [.. fit.CaseIds];
    }
}
