using System.Text.RegularExpressions;
using System.Xml.Linq;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Architecture;

/// <summary>
/// The layers are tested, not trusted: project references point down only, and the libraries never touch
/// the console, the wall clock or unseeded randomness. Each failure lists every offender with file and line.
/// </summary>
public partial class LayeringTests
{
    // The workbench is a shell library the CLI hosts (`brink serve`), so it sits below the CLI and above Analysis.
    private static readonly string[] Layers = ["Brink.Games", "Brink.Model", "Brink.Analysis", "Brink.Web", "Brink.Cli"];

    [Fact]
    public void ProjectReferences_PointDownOnly()
    {
        var offenders = new List<string>();
        foreach (var project in Directory.GetFiles(RepositoryPaths.Combine("src"), "*.csproj", SearchOption.AllDirectories))
        {
            string name = Path.GetFileNameWithoutExtension(project);
            int level = Array.IndexOf(Layers, name);
            foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
            {
                string target = Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value);
                if (Array.IndexOf(Layers, target) >= level)
                {
                    offenders.Add($"{name} -> {target}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Upward or sideways references: " + string.Join("; ", offenders));
    }

    [Fact]
    public void Games_ReferencesNeitherYamlNorWeb()
    {
        var project = XDocument.Load(RepositoryPaths.Combine("src", "Brink.Games", "Brink.Games.csproj"));
        var packages = project.Descendants("PackageReference").Select(p => p.Attribute("Include")!.Value).ToList();
        Assert.DoesNotContain(packages, p => p.Contains("Yaml", StringComparison.OrdinalIgnoreCase) || p.Contains("AspNet", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Brink.Games")]
    [InlineData("Brink.Model")]
    [InlineData("Brink.Analysis")]
    public void Library_NeverTouchesConsoleClockOrUnseededRandomness(string layer)
    {
        var offenders = new List<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("src", layer), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains("/obj/", StringComparison.Ordinal) || file.Contains("/bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (Forbidden().IsMatch(lines[i]) && !lines[i].TrimStart().StartsWith("///", StringComparison.Ordinal))
                {
                    offenders.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Forbidden calls:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Web_IsAShellWithoutConsoleCommandLineOrItsOwnJson()
    {
        // The workbench parses, calls the layers below and answers in the CLI's JSON (Brink.Analysis.Output): it
        // prints nothing, parses no command line and defines no JSON style of its own.
        var offenders = new List<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("src", "Brink.Web"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains("/obj/", StringComparison.Ordinal) || file.Contains("/bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (WebForbidden().IsMatch(lines[i]) && !lines[i].TrimStart().StartsWith("///", StringComparison.Ordinal))
                {
                    offenders.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Forbidden in Brink.Web:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Web_ReferencesOnlyAnalysisBelowIt()
    {
        var project = XDocument.Load(RepositoryPaths.Combine("src", "Brink.Web", "Brink.Web.csproj"));
        var references = project.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value)).ToList();
        Assert.Equal(["Brink.Analysis"], references);
    }

    [GeneratedRegex(@"\bConsole\.|System\.CommandLine|Spectre\.|new JsonSerializerOptions")]
    private static partial Regex WebForbidden();

    [GeneratedRegex(@"\bConsole\.|DateTime(Offset)?\.(Now|UtcNow)|Random\.Shared|new Random\(\s*\)|Environment\.TickCount")]
    private static partial Regex Forbidden();
}
