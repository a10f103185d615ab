namespace Brink.Model.Packs;

/// <summary>A parameter the pack lets fitting tune, with its Gaussian prior's scale around the pack default.</summary>
/// <param name="Definition">Which parameter.</param>
/// <param name="PriorScale">Standard deviation of the prior.</param>
/// <param name="Lower">Smallest value fitting may try.</param>
/// <param name="Upper">Largest value fitting may try.</param>
public sealed record FreeParameter(ParameterDefinition Definition, double PriorScale, double Lower, double Upper)
{
    /// <summary>The pack's documented default (the prior's centre), whatever value a fit has set.</summary>
    public double Default { get; init; } = double.NaN;
}
