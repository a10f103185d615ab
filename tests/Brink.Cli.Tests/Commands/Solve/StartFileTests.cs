using Brink.Cli.Commands.Solve;
using Brink.Cli.Infrastructure;
using Brink.Cli.Tests.Infrastructure;
using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;

namespace Brink.Cli.Tests.Commands.Solve;

public class StartFileTests
{
    public static TheoryData<string> PerturbationFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(RepositoryPaths.Combine("data", "games", "perturbations"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void PerturbationFiles_AreBundledForEveryGambitGnmRun() => Assert.True(PerturbationFiles().Count >= 40);

    /// <summary>
    /// Gambit's gnm and ipa runs used these vectors (data/games/EXPECTED-more.md): one line, one entry per strategy
    /// of every player, the reduced strategic form for a tree, each player's entries summing to 1 to six decimals.
    /// </summary>
    [Theory]
    [MemberData(nameof(PerturbationFiles))]
    public void ReadVectors_BundledPerturbation_HasOneEntryPerStrategy(string file)
    {
        var vector = Assert.Single(StartFile.ReadVectors(RepositoryPaths.Combine("data", "games", "perturbations", file)));
        var game = GameFile.Load(RepositoryPaths.Combine("data", "games", file[..^".txt".Length]));
        var counts = game.NormalForm is { } normal
            ? normal.StrategyCounts.ToArray()
            : [.. ReducedNormalForm.Create(game.ExtensiveForm!).Strategies.Select(s => s.Length)];
        Assert.Equal(counts.Sum(), vector.Values.Count);
        int offset = 0;
        foreach (int count in counts)
        {
            Assert.InRange(vector.Values.Skip(offset).Take(count).Sum(), 1 - 1e-5, 1 + 1e-5);
            offset += count;
        }
    }

    [Fact]
    public void ReadVectors_BadEntryOnSecondLine_ReportsLineAndColumn()
    {
        string path = Path.Combine(Path.GetTempPath(), $"brink-vectors-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "0.5,0.5\n0.25, 0.75,abc\n");
        try
        {
            var error = Assert.Throws<UsageException>(() => StartFile.ReadVectors(path));
            Assert.Equal($"{path}:2:12: expected a probability, found 'abc'", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RequireLength_WrongCount_ReportsEndOfLine()
    {
        var error = Assert.Throws<UsageException>(() => StartFile.RequireLength("p.txt", 3, 9, 2, 6, "strategy"));
        Assert.Equal("p.txt:3:9: expected 6 probabilities (one per strategy), found 2", error.Message);
    }
}
