using System.Text.RegularExpressions;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Architecture;

/// <summary>
/// Rules below the project level: namespaces follow folders (so a folder's dependencies can be read from its
/// usings), the equilibrium verifier shares no code with the solvers it checks, and no shell or analysis code turns a
/// bug's ArgumentException into a user's input error.
/// </summary>
public partial class FolderRulesTests
{
    /// <summary>The folders below the solvers: what the solvers and the verifier may both use.</summary>
    private static readonly string[] BelowSolvers = ["Numerics", "Profiles", "Equilibria", "NormalForm", "ExtensiveForm", "Formats", "Text"];

    [Fact]
    public void EverySourceFile_DeclaresTheNamespaceOfItsFolder()
    {
        var offenders = new List<string>();
        foreach (var (project, file) in SourceFiles())
        {
            string folder = Path.GetRelativePath(RepositoryPaths.Combine("src", project), Path.GetDirectoryName(file)!);
            string expected = folder == "." ? project : project + "." + folder.Replace('/', '.');
            var declared = NamespaceDeclaration().Match(File.ReadAllText(file));
            if (declared.Success && declared.Groups[1].Value != expected)
            {
                offenders.Add($"{Relative(file)}: namespace {declared.Groups[1].Value}, expected {expected}");
            }
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void Verifier_UsesNoSolverAlgorithm()
    {
        var solverTypes = Directory.GetFiles(RepositoryPaths.Combine("src", "Brink.Games", "Solvers"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => TypeDeclaration().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        Assert.NotEmpty(solverTypes);

        var offenders = new List<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("src", "Brink.Games", "Verification"), "*.cs", SearchOption.AllDirectories))
        {
            string code = string.Join('\n', File.ReadAllLines(file).Select(line => Comment().Replace(line, string.Empty)));
            var words = Word().Matches(code).Select(m => m.Value).ToHashSet();
            offenders.AddRange(words.Intersect(solverTypes).Select(type => $"{Relative(file)} uses {type}"));
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void FoldersBelowTheSolvers_NeverUseThem()
    {
        var offenders = BelowSolvers
            .SelectMany(folder => Directory.GetFiles(RepositoryPaths.Combine("src", "Brink.Games", folder), "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => File.ReadAllLines(file).Select((line, i) => (file, Line: i + 1, Text: line)))
            .Where(l => l.Text.StartsWith("using Brink.Games.Solvers", StringComparison.Ordinal) || l.Text.StartsWith("using Brink.Games.Verification", StringComparison.Ordinal))
            .Select(l => $"{Relative(l.file)}:{l.Line}: {l.Text}")
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("Brink.Cli")]
    [InlineData("Brink.Analysis")]
    [InlineData("Brink.Web")]
    public void NoArgumentException_IsCaughtAsAnInputError(string project)
    {
        var offenders = SourceFiles()
            .Where(f => f.Project == project)
            .SelectMany(f => File.ReadAllLines(f.File).Select((line, i) => (f.File, Line: i + 1, Text: line)))
            .Where(l => ArgumentCatch().IsMatch(l.Text))
            .Select(l => $"{Relative(l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "validate inputs where they are read instead:\n" + string.Join("\n", offenders));
    }

    private static IEnumerable<(string Project, string File)> SourceFiles()
    {
        foreach (var project in Directory.GetDirectories(RepositoryPaths.Combine("src")).Select(Path.GetFileName))
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("src", project!), "*.cs", SearchOption.AllDirectories))
            {
                if (!file.Contains("/obj/", StringComparison.Ordinal) && !file.Contains("/bin/", StringComparison.Ordinal))
                {
                    yield return (project!, file);
                }
            }
        }
    }

    private static string Relative(string file) => Path.GetRelativePath(RepositoryPaths.Root, file);

    [GeneratedRegex(@"^namespace ([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?:struct\s+)?([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"//.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"catch\s*\(\s*Argument(OutOfRange)?Exception\b")]
    private static partial Regex ArgumentCatch();
}
