using Brink.Games.Formats;
using FsCheck;
using FsCheck.Fluent;

namespace Brink.Games.Tests.Formats;

/// <summary>FsCheck properties of the readers and writers; each case is built from a seed FsCheck picks.</summary>
public class FormatPropertyTests
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Fact]
    public void NfgWriteThenRead_RandomGames_GiveTheSameGame() =>
        Check.One(
            PropertyConfig.WithTests(300),
            Prop.ForAll(Seeds, seed =>
            {
                var game = RandomGames.NormalForm(new Random(seed));
                var again = NfgFormat.Read(NfgFormat.Write(game), "random.nfg");
                return game.IsSameGame(again) && game.Comment == again.Comment;
            }));

    [Fact]
    public void EfgWriteThenRead_RandomTrees_GiveTheSameGame()
    {
        int largest = 0, shared = 0;
        Check.One(
            PropertyConfig.WithTests(300),
            Prop.ForAll(Seeds, seed =>
            {
                var game = RandomGames.Tree(new Random(seed));
                largest = Math.Max(largest, game.Nodes.Length);
                shared += game.InformationSets.Count(s => s.Members.Length > 1);
                var again = EfgFormat.Read(EfgFormat.Write(game), "random.efg");
                return game.IsSameGame(again) && game.Comment == again.Comment;
            }));

        // The generator must reach past toy trees and share information sets, or the property proves little.
        Assert.True(largest >= 30, $"largest tree has {largest} nodes");
        Assert.True(shared >= 50, $"only {shared} shared information sets");
    }

    [Fact]
    public void Parse_MutatedBundledFiles_OnlyEverThrowGameFormatException()
    {
        // kuhn13/kuhn40 are left out only to keep the suite fast; they share kuhn3's structure.
        var files = GameFiles.Names
            .Where(name => new FileInfo(GameFiles.PathOf(name)).Length < 20_000)
            .Select(name => (Name: name, Text: GameFiles.Text(name)))
            .ToArray();
        var cases =
            from file in Gen.Choose(0, files.Length - 1)
            from seed in Gen.Choose(0, int.MaxValue)
            select (File: file, Seed: seed);

        int rejected = 0, accepted = 0;
        Check.One(
            PropertyConfig.WithTests(3000),
            Prop.ForAll(cases.ToArbitrary(), c =>
            {
                var (name, text) = files[c.File];
                string mutated = Mutations.Apply(text, new Random(c.Seed));
                try
                {
                    GameFile.Parse(mutated, name);
                    accepted++;
                    return true;
                }
                catch (GameFormatException error)
                {
                    rejected++;
                    return error.Path == name
                        && error.Line >= 1
                        && error.Column >= 1
                        && error.Message.StartsWith(name + ":", StringComparison.Ordinal)
                        && !error.Message.Contains('\n', StringComparison.Ordinal);
                }
            }));

        // Both outcomes occur, so the mutations neither always break the file nor never do.
        Assert.True(rejected > 1000, $"only {rejected} mutations rejected");
        Assert.True(accepted > 10, $"only {accepted} mutations accepted");
    }
}
