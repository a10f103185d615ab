using System.Text.Json;
using Brink.Cli.Tests.Infrastructure;
using Brink.Model.Packs;

namespace Brink.Cli.Tests.Commands.Fit;

public class FitCommandTests
{
    private static string Case(string name) => RepositoryPaths.Combine("data", "cases", "iran", name + ".yaml");

    [Fact]
    public void Fit_FewCases_WritesALoadableFittedPackWithProvenance()
    {
        string directory = Directory.CreateTempSubdirectory("brink-fit-").FullName;
        try
        {
            var (exit, output, error) = CliRun.Run(
                "fit", Case("soleimani-2020"), Case("trump-letter-2025"), Case("fuel-protests-2019"), Case("haniyeh-2024"),
                "--out", directory, "--no-loo", "--folds", "2", "--json");
            Assert.True(exit == 0, error);
            using var report = JsonDocument.Parse(output);
            Assert.Equal(4, report.RootElement.GetProperty("cases").GetInt32());
            Assert.True(report.RootElement.GetProperty("scores").GetProperty("kfold_brier").GetDouble() > 0);
            var pack = PackLoader.Load(directory);
            Assert.NotNull(pack.Fitted);
            Assert.Equal(4, pack.Fitted!.Cases);
            // The ids in the order the files were given, the order the hash reads them.
            Assert.Equal(["soleimani-2020", "trump-letter-2025", "fuel-protests-2019", "haniyeh-2024"], pack.Fitted.CaseIds);
            Assert.Equal(64, pack.Fitted.DataSha256.Length);
            Assert.Equal(pack.Free.Length, pack.Fitted.Values.Count);
            var covariance = Assert.IsType<ParameterCovariance>(pack.Fitted.Covariance);
            Assert.Equal(pack.Free.Select(f => f.Definition.Name), covariance.Names);
            Assert.All(covariance.Names, name => Assert.Equal(
                pack.Fitted.StandardErrors[name] * pack.Fitted.StandardErrors[name], covariance.Entry(name, name)!.Value, 1e-5));
            Assert.Equal(pack.Free.Length, report.RootElement.GetProperty("covariance").GetArrayLength());
            Assert.True(File.Exists(Path.Combine(directory, "dynamics.yaml")));
            Assert.True(File.Exists(Path.Combine(directory, "fit.json")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Fit_SituationWithoutOutcome_ExitsTwoNamingTheFile()
    {
        string situation = RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml");
        string directory = Path.Combine(Path.GetTempPath(), $"brink-fit-{Guid.NewGuid():N}");
        var (exit, _, error) = CliRun.Run("fit", Case("soleimani-2020"), situation, "--out", directory);
        Assert.Equal(2, exit);
        Assert.Contains(situation, error);
        Assert.Contains("outcome", error);
        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    public void Fit_NoOut_ExitsTwo()
    {
        var (exit, _, _) = CliRun.Run("fit", Case("soleimani-2020"));
        Assert.Equal(2, exit);
    }
}
