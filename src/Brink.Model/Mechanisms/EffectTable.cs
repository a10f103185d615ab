using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Mechanisms;

/// <summary>
/// Accumulator of each response's own effect on each objective (before the adversary's reply), filled by the
/// mechanisms in turn. Mutable by design: one per solve, never shared.
/// </summary>
public sealed class EffectTable
{
    private const int Objectives = 5;
    private readonly double[] cells = new double[7 * Objectives];

    /// <summary>Starts from the pack's intrinsic effects.</summary>
    public EffectTable(ModelPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        foreach (var r in ResponseCategories.All)
        {
            for (int k = 0; k < Objectives; k++)
            {
                cells[((int)r * Objectives) + k] = pack.ResponseEffects[(int)r][k];
            }
        }
    }

    /// <summary>The effect of <paramref name="response"/> on <paramref name="objective"/>.</summary>
    public double this[ResponseCategory response, Objective objective] => cells[((int)response * Objectives) + (int)objective];

    /// <summary>Adds to one cell.</summary>
    public void Add(ResponseCategory response, Objective objective, double amount) =>
        cells[((int)response * Objectives) + (int)objective] += amount;

    /// <summary>Copies one response's row into <paramref name="row"/>.</summary>
    public void CopyRow(ResponseCategory response, Span<double> row) =>
        cells.AsSpan((int)response * Objectives, Objectives).CopyTo(row);
}
