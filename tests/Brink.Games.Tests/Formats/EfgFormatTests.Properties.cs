using Brink.Games.Formats;
using FsCheck;
using FsCheck.Fluent;

namespace Brink.Games.Tests.Formats;

public partial class EfgFormatTests
{
    private static readonly Arbitrary<int> EfgSeeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Fact]
    public void Write_RandomTrees_ReadsBackAsTheSameGame()
    {
        int largest = 0, shared = 0;
        Check.One(
            PropertyConfig.WithTests(300),
            Prop.ForAll(EfgSeeds, seed =>
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
}
