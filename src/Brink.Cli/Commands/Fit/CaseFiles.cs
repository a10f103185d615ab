using Brink.Cli.Infrastructure;
using Brink.Model.Situations;

namespace Brink.Cli.Commands.Fit;

/// <summary>Loads cases for commands that score or fit against history: every file must hold an outcome.</summary>
internal static class CaseFiles
{
    public static (IReadOnlyList<string> Files, IReadOnlyList<Situation> Cases) Load(IEnumerable<string> paths)
    {
        var files = SituationPaths.Expand(paths);
        if (files.Count == 0)
        {
            throw new UsageException("no case files found in the given paths");
        }

        var cases = new List<Situation>(files.Count);
        foreach (var file in files)
        {
            var situation = SituationLoader.Load(file);
            if (situation.Outcome is null)
            {
                throw new UsageException($"{file}: expected a case with an outcome block, found a situation without one");
            }

            cases.Add(situation);
        }

        var focal = cases.Select(c => c.Focal).Distinct(StringComparer.Ordinal).ToList();
        if (focal.Count > 1)
        {
            throw new UsageException($"cases name different focal actors ({string.Join(", ", focal)}); fit one pack at a time");
        }

        return (files, cases);
    }
}
