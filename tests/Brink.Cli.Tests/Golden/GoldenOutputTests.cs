using System.Text;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Golden;

/// <summary>
/// Every command's text and JSON output, byte for byte, against a file under tests/Brink.Cli.Tests/Golden/expected.
/// A change in what users see must be a decision, not an accident: when it is one, regenerate the files with
/// <c>BRINK_UPDATE_GOLDEN=1 dotnet test tests/Brink.Cli.Tests --filter "FullyQualifiedName~Golden"</c> and review the
/// diff. The repository's absolute path is written as <c>&lt;repo&gt;</c>, the test binaries' folder as <c>&lt;bin&gt;</c>,
/// so the files hold on any machine and in any configuration.
/// </summary>
public class GoldenOutputTests
{
    private const string Fordow = "data/situations/iran-2025-fordow.yaml";
    private const string Soleimani = "data/cases/iran/soleimani-2020.yaml";

    public static TheoryData<string, string[]> Commands => new()
    {
        { "predict", ["predict", Fordow] },
        { "predict-json", ["predict", Fordow, "--json"] },
        { "predict-case-json", ["predict", Soleimani, "--json", "--draws", "50", "--seed", "9"] },
        { "check", ["check", Soleimani, Fordow] },
        { "simulate-json", ["simulate", Fordow, "--runs", "400", "--horizon", "6", "--seed", "7", "--json", "--no-store"] },
        { "sweep", ["sweep", Fordow, "--vary", "state.sanctions=0:1:3", "--replications", "20", "--horizon", "4", "--seed", "2", "--no-store"] },
        { "solve-enummixed", ["solve", "data/games/e04.nfg", "--method", "enummixed"] },
        { "solve-lcp-tree", ["solve", "data/games/kuhn3.efg", "--method", "lcp"] },
        { "solve-lp-tree", ["solve", "data/games/kuhn3.efg", "--method", "lp"] },
        { "solve-logit", ["solve", "data/games/2x2.nfg", "--method", "logit"] },
        { "solve-enumpure-3p", ["solve", "data/games/2x2x2.nfg", "--method", "enumpure"] },
        { "game-info", ["game", "info", "data/games/kuhn3.efg"] },
        { "convert", ["convert", "data/games/kuhn3.efg", "--to", "nfg"] },
        { "check-error", ["check", "tests/Brink.Cli.Tests/Golden/inputs/bad-situation.yaml"] },
        { "demo", ["demo"] },
        { "optimize-json", ["optimize", Fordow, "--control", "state.sanctions=0:1", "--levels", "3", "--draws", "4", "--seed", "3", "--json"] },
        { "backtest-in-sample", ["backtest", Soleimani, "data/cases/iran/us-jcpoa-exit-2018.yaml", "data/cases/iran/afghan-war-2001.yaml", "data/cases/iran/damascus-consulate-2024.yaml", "--in-sample", "--no-store"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_Output_MatchesItsGoldenFile(string name, string[] arguments)
    {
        var (exit, output, error) = CliRun.Run([.. arguments.Select(Absolute)]);
        string actual = Normalise(exit, output, error, AppContext.BaseDirectory);
        string file = ExpectedFile(name);

        if (Environment.GetEnvironmentVariable("BRINK_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(file), $"no golden file {file}: run with BRINK_UPDATE_GOLDEN=1 to create it");
        string expected = File.ReadAllText(file);
        Assert.True(expected == actual, $"{name}: output differs from {file} at {FirstDifference(expected, actual)}\n--- actual\n{actual}");
    }

    /// <summary>The golden file of the command named <paramref name="name"/>.</summary>
    internal static string ExpectedFile(string name) => RepositoryPaths.Combine("tests", "Brink.Cli.Tests", "Golden", "expected", name + ".txt");

    /// <summary>A run as its golden file holds it: exit code and both streams, with machine-specific folders named.</summary>
    internal static string Normalise(int exit, string output, string error, string binaries) =>
        $"exit {exit}\n--- stdout\n{output}--- stderr\n{error}"
            .Replace(Path.TrimEndingDirectorySeparator(binaries) + "/", "<bin>/", StringComparison.Ordinal)
            .Replace(RepositoryPaths.Root, "<repo>", StringComparison.Ordinal);

    internal static string Absolute(string argument) =>
        argument.StartsWith("data/", StringComparison.Ordinal) || argument.StartsWith("tests/", StringComparison.Ordinal)
            ? RepositoryPaths.Combine(argument.Split('/'))
            : argument;

    private static string FirstDifference(string expected, string actual)
    {
        int line = 1;
        for (int i = 0; i < Math.Min(expected.Length, actual.Length); i++)
        {
            if (expected[i] != actual[i])
            {
                return $"line {line}";
            }

            line += expected[i] == '\n' ? 1 : 0;
        }

        return $"line {line} (one output is a prefix of the other)";
    }
}
