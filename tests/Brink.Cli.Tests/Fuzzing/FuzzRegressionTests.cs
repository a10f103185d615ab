using Brink.Cli.Tests.Infrastructure;
using Brink.Fuzzing;

namespace Brink.Cli.Tests.Fuzzing;

/// <summary>
/// Every input the fuzzer once crashed on, kept under Fuzzing/Regressions/KIND/ (KIND: game, situation, pack,
/// dynamics, policy, vary, control) and held to the same property as the fuzzer's own cases.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly string Folder = RepositoryPaths.Combine("tests", "Brink.Cli.Tests", "Fuzzing", "Regressions");

    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var kindFolder in Directory.EnumerateDirectories(Folder).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.EnumerateFiles(kindFolder).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(kindFolder), Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Regression_KeepsTheProperty(string kind, string file)
    {
        var inputKind = kind switch
        {
            "game" => FuzzInputKind.Game,
            "situation" => FuzzInputKind.Situation,
            "pack" => FuzzInputKind.Pack,
            "dynamics" => FuzzInputKind.Dynamics,
            "policy" => FuzzInputKind.Policy,
            "vary" => FuzzInputKind.VarySpec,
            "control" => FuzzInputKind.ControlSpec,
            _ => throw new InvalidOperationException($"unknown regression folder {kind}"),
        };
        string work = Path.Combine(Path.GetTempPath(), $"brink-fuzz-regression-{Environment.ProcessId}-{kind}-{file}");
        var harness = new FuzzHarness(RepositoryPaths.Root, work);
        var problem = harness.Check(inputKind, file, File.ReadAllBytes(Path.Combine(Folder, kind, file)));
        Assert.Null(problem);
    }

    [Fact]
    public void Regressions_AreNotEmpty() => Assert.NotEmpty(Files());
}
