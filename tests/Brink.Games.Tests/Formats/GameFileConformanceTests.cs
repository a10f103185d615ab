using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;
using Brink.Games.Numerics;

namespace Brink.Games.Tests.Formats;

/// <summary>One theory over every bundled .nfg/.efg file (style guide §8).</summary>
public class GameFileConformanceTests
{
    [Fact]
    public void Bundle_HoldsAtLeastTheStatedMinimum() =>
        Assert.True(GameFiles.Names.Count >= GameFiles.Minimum, $"only {GameFiles.Names.Count} game files");

    [Theory]
    [MemberData(nameof(GameFiles.All), MemberType = typeof(GameFiles))]
    public void Load_EveryBundledFile_LoadsAsTheKindItsHeaderNames(string name)
    {
        var loaded = GameFile.Load(GameFiles.PathOf(name));

        Assert.Equal(name.EndsWith(".efg", StringComparison.Ordinal), loaded.IsExtensiveForm);
        Assert.NotEqual(loaded.NormalForm is null, loaded.ExtensiveForm is null);
    }

    [Theory]
    [MemberData(nameof(GameFiles.All), MemberType = typeof(GameFiles))]
    public void WriteThenRead_EveryBundledFile_GivesTheSameGame(string name)
    {
        var loaded = GameFile.Load(GameFiles.PathOf(name));

        if (loaded.NormalForm is { } normal)
        {
            var again = NfgFormat.Read(NfgFormat.Write(normal), name);
            Assert.True(normal.IsSameGame(again));
            Assert.Equal(normal.Comment, again.Comment);
        }
        else
        {
            var tree = loaded.ExtensiveForm!;
            var again = EfgFormat.Read(EfgFormat.Write(tree), name);
            Assert.True(tree.IsSameGame(again));
            Assert.Equal(tree.Comment, again.Comment);
        }
    }

    [Theory]
    [MemberData(nameof(GameFiles.All), MemberType = typeof(GameFiles))]
    public void Load_NormalFormFiles_HaveOnePayoffPerPlayerPerProfile(string name)
    {
        var game = GameFile.Load(GameFiles.PathOf(name)).NormalForm;
        if (game is null)
        {
            return;
        }

        long profiles = game.Strategies.Aggregate(1L, (product, list) => product * list.Length);
        Assert.Equal(profiles, game.ProfileCount);
        Assert.Equal(profiles * game.PlayerCount, game.AllPayoffs.Length);
    }

    [Theory]
    [MemberData(nameof(GameFiles.All), MemberType = typeof(GameFiles))]
    public void Load_ExtensiveFormFiles_HaveChanceProbabilitiesSummingToOne(string name)
    {
        var game = GameFile.Load(GameFiles.PathOf(name)).ExtensiveForm;
        if (game is null)
        {
            return;
        }

        foreach (var set in game.InformationSets.Where(s => s.IsChance))
        {
            Assert.Equal(set.ActionCount, set.Probabilities.Length);
            Assert.Equal(Rational.One, set.Probabilities.Aggregate(Rational.Zero, (a, b) => a + b));
        }

        foreach (var node in game.Nodes.Where(n => n.Kind != NodeKind.Terminal))
        {
            Assert.Equal(game.InformationSetOf(node.Index).ActionCount, node.Children.Length);
        }
    }
}
