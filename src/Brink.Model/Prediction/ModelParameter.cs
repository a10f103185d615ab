namespace Brink.Model.Prediction;

/// <summary>
/// A free parameter of a response model: what fitting may tune, with the pack's documented default, the
/// prior's scale (the fit's pull toward the default) and hard bounds.
/// </summary>
/// <param name="Name">Dotted path, e.g. <c>weights.survival</c> or <c>qre.lambda</c>.</param>
/// <param name="Default">The pack's documented default.</param>
/// <param name="PriorScale">Standard deviation of the Gaussian prior around the default.</param>
/// <param name="Lower">Smallest admissible value.</param>
/// <param name="Upper">Largest admissible value.</param>
/// <param name="Description">One line for reports.</param>
public sealed record ModelParameter(string Name, double Default, double PriorScale, double Lower, double Upper, string Description);
