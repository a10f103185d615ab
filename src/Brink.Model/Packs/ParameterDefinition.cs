namespace Brink.Model.Packs;

/// <summary>One named mechanism parameter a pack must set.</summary>
/// <param name="Index">Position in <see cref="ParameterCatalog.All"/> and in <see cref="ModelPack.Values"/>.</param>
/// <param name="Name">Dotted name as written in pack.yaml (<c>section.name</c>).</param>
/// <param name="Lower">Smallest admissible value.</param>
/// <param name="Upper">Largest admissible value.</param>
/// <param name="Description">One line for reports and docs/model.md.</param>
public sealed record ParameterDefinition(int Index, string Name, double Lower, double Upper, string Description);
