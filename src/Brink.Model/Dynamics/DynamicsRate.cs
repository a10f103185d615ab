namespace Brink.Model.Dynamics;

/// <summary>One named rate of a pack's dynamics, for reports.</summary>
/// <param name="Name">Dotted name, e.g. <c>credibility.decay_unexecuted</c>.</param>
/// <param name="Default">The pack's documented default.</param>
/// <param name="Description">One line.</param>
/// <param name="Source">Where the value comes from (a seed essay, a case tally, a fit); empty when the file gives none.</param>
public sealed record DynamicsRate(string Name, double Default, string Description, string Source = "");
