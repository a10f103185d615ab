using System.Collections.Concurrent;
using Brink.Model.Dynamics;
using Brink.Model.Packs;

namespace Brink.Web.Api;

/// <summary>
/// The model packs, loaded once per focal actor (a pack is immutable, and loading it parses YAML: caching keeps
/// a what-if round trip to the prediction itself).
/// </summary>
internal sealed class ModelCatalog(WorkbenchOptions options)
{
    private readonly Lazy<IReadOnlyList<ModelPack>> packs = new(() => PackDirectory.LoadAll(options.PacksDirectory));
    private readonly ConcurrentDictionary<string, DynamicsParameters> dynamics = new(StringComparer.Ordinal);

    /// <summary>The first pack (by directory name, as the CLI picks) whose focal list names <paramref name="focal"/>.</summary>
    public ModelPack PackFor(string focal) =>
        packs.Value.FirstOrDefault(p => p.AppliesTo(focal))
            ?? throw ApiProblem.BadRequest($"no model pack covers the focal actor '{focal}'");

    public DynamicsParameters DynamicsFor(ModelPack pack)
    {
        string directory = Path.GetDirectoryName(pack.SourcePath) ?? options.PacksDirectory;
        return dynamics.GetOrAdd(directory, d => DynamicsLoader.Load(Path.Combine(d, "dynamics.yaml")));
    }
}
