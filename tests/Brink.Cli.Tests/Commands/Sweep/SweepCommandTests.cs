using Brink.Cli.Tests.Infrastructure;
using Brink.Games.Solvers.QuantalResponse;

namespace Brink.Cli.Tests.Commands.Sweep;

public class SweepCommandTests
{
    private static readonly string Situation = RepositoryPaths.Combine("data", "situations", "iran-2025-fordow.yaml");

    private static string[] Sweep(params string[] extra) =>
        ["sweep", Situation, "--vary", "state.sanctions=0.2:1:3", "--vary", "state.adversaries.us.engagement=0:1:2", "--replications", "3", "--horizon", "2", .. extra];

    [Fact]
    public void SweepShards_MergedEqualTheWholeSweep()
    {
        string directory = Directory.CreateTempSubdirectory("brink-sweep-").FullName;
        try
        {
            string whole = Path.Combine(directory, "whole.csv");
            Assert.Equal(0, CliRun.Run(Sweep("--out", whole)).Exit);
            string[] shards = [Path.Combine(directory, "s1.csv"), Path.Combine(directory, "s2.csv")];
            Assert.Equal(0, CliRun.Run(Sweep("--out", shards[0], "--shard", "1/2")).Exit);
            Assert.Equal(0, CliRun.Run(Sweep("--out", shards[1], "--shard", "2/2")).Exit);
            string merged = Path.Combine(directory, "merged.csv");
            var (exit, output, error) = CliRun.Run("merge", shards[1], shards[0], "--out", merged);
            Assert.True(exit == 0, error);
            Assert.Equal(File.ReadAllText(whole), File.ReadAllText(merged));
            Assert.Contains("Sobol indices", output);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Sweep_Policy_ChangesTheRowsAndTheInputHash()
    {
        string directory = Directory.CreateTempSubdirectory("brink-sweep-policy-").FullName;
        try
        {
            string plain = Path.Combine(directory, "plain.csv"), pressed = Path.Combine(directory, "pressed.csv");
            string policy = RepositoryPaths.Combine("data", "policies", "pressure-then-offer.yaml");
            Assert.Equal(0, CliRun.Run(["sweep", Situation, "--vary", "state.adversaries.us.resolve=0.2:1:2", "--replications", "20", "--horizon", "8", "--out", plain, "--no-store"]).Exit);
            var (exit, _, error) = CliRun.Run(["sweep", Situation, "--vary", "state.adversaries.us.resolve=0.2:1:2", "--replications", "20", "--horizon", "8", "--out", pressed, "--policy", policy, "--no-store"]);
            Assert.True(exit == 0, error);
            Assert.NotEqual(File.ReadAllText(plain), File.ReadAllText(pressed));
            // The manifest's input hash covers the policy file.
            Assert.NotEqual(InputsHash(plain + ".json"), InputsHash(pressed + ".json"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string InputsHash(string manifest)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
        return document.RootElement.GetProperty("inputs_sha256").GetString()!;
    }

    [Fact]
    public void Sweep_PolicyStepBeyondHorizon_ExitsTwoWithLocation()
    {
        string policy = RepositoryPaths.Combine("data", "policies", "pressure-then-offer.yaml");
        var (exit, _, error) = CliRun.Run(Sweep("--policy", policy));
        Assert.Equal(2, exit);
        Assert.Contains($"{policy}:8:11: expected a number in 1..2, found '7'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("state.nonsense=0:1:3", "state.nonsense")]
    [InlineData("state.sanctions=0.5:0.5:3", "non-empty range")]
    [InlineData("state.sanctions=0:2:3", "within 0..1")]
    public void Sweep_BadVary_ExitsTwoNamingIt(string vary, string expected)
    {
        var (exit, output, error) = CliRun.Run("sweep", Situation, "--vary", vary);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--vary", error);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Merge_IncompleteShards_ExitsTwo()
    {
        string directory = Directory.CreateTempSubdirectory("brink-merge-").FullName;
        try
        {
            string shard = Path.Combine(directory, "s1.csv");
            Assert.Equal(0, CliRun.Run(Sweep("--out", shard, "--shard", "1/2")).Exit);
            var (exit, _, error) = CliRun.Run("merge", shard, "--out", Path.Combine(directory, "m.csv"));
            Assert.Equal(2, exit);
            Assert.Contains("missing", error);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
