using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Sweeps;

/// <summary>
/// Resolves a sweep or control path to a setter: a situation input (the keys of <see cref="SituationInput"/>,
/// e.g. <c>state.adversaries.us.threat_credibility</c>) or a pack parameter prefixed with <c>pack.</c>
/// (e.g. <c>pack.qre.lambda</c>).
/// </summary>
public sealed record SweepTarget(string Path, double Lower, double Upper, Func<Situation, ModelPack, double, (Situation Situation, ModelPack Pack)> Apply)
{
    /// <summary>Prefix of pack parameter paths.</summary>
    public const string PackPrefix = "pack.";

    /// <summary>Resolves <paramref name="path"/>; throws <see cref="FormatException"/> listing what exists when unknown.</summary>
    public static SweepTarget Resolve(string path, Situation situation)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(situation);
        if (path.StartsWith(PackPrefix, StringComparison.Ordinal))
        {
            var definition = ParameterCatalog.Find(path[PackPrefix.Length..])
                ?? throw new FormatException($"unknown pack parameter '{path}'; expected pack. followed by a parameter of docs/model.md, e.g. pack.qre.lambda");
            return new SweepTarget(path, definition.Lower, definition.Upper, (s, p, v) => (s, p.With(definition, v)));
        }

        var input = SituationInput.Of(situation).FirstOrDefault(i => i.Key == path);
        if (input is null)
        {
            var known = string.Join(", ", SituationInput.Of(situation).Select(i => i.Key).Take(12));
            throw new FormatException($"unknown path '{path}'; expected one of {known}, ... or pack.<parameter>");
        }

        return new SweepTarget(path, 0, 1, (s, p, v) =>
        {
            var target = SituationInput.Of(s).First(i => i.Key == path);
            return (target.Apply(s, v), p);
        });
    }
}
