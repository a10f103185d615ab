using System.Collections.Immutable;
using Brink.Games.Text;

namespace Brink.Model.Situations;

/// <summary>
/// Reads situation files (the contract in situations.md). <see cref="Validate"/> collects every error of a file;
/// <see cref="Parse(string, string)"/> and <see cref="Load"/> throw the first. Documented defaults for omitted
/// optional fields are in <see cref="SituationDefaults"/>.
/// </summary>
public static class SituationLoader
{
    /// <summary>Reads and validates one file; throws <see cref="LocatedFormatException"/> on bad input.</summary>
    public static Situation Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Every file with extension <c>.yaml</c> or <c>.yml</c> under a directory, sorted by file name.</summary>
    public static ImmutableArray<Situation> LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return [.. Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(Load)];
    }

    /// <summary>Parses text read from <paramref name="path"/> (used in messages); throws the first error.</summary>
    public static Situation Parse(string text, string path)
    {
        var result = SituationReader.Read(text, path);
        return result.Errors.Count > 0 ? throw result.Errors[0] : result.Situation!;
    }

    /// <summary>Parses without throwing; false with the first error when the text is not a valid situation.</summary>
    public static bool TryParse(string text, string path, out Situation? situation, out LocatedFormatException? error)
    {
        var result = SituationReader.Read(text, path);
        situation = result.Errors.Count == 0 ? result.Situation : null;
        error = result.Errors.Count > 0 ? result.Errors[0] : null;
        return situation is not null;
    }

    /// <summary>Every error of the file in document order (empty when it is valid).</summary>
    public static IReadOnlyList<LocatedFormatException> Validate(string text, string path) =>
        SituationReader.Read(text, path).Errors;
}
