using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;
using Brink.Games.Numerics;
using Brink.Games.Tests.Formats;

namespace Brink.Games.Tests.ExtensiveForm;

public class ExtensiveFormGameEditingTests
{
    [Theory]
    [InlineData("stripped_down_poker.efg")]
    [InlineData("cent4.efg")]
    [InlineData("e04.efg")]
    [InlineData("kuhn3.efg")]
    public void WithLeafPayoff_EveryLeaf_ChangesThatPayoffAloneAndRoundTrips(string name)
    {
        var game = EfgFormat.Read(GameFiles.Text(name), name);
        var value = Rational.Parse("-7/3");
        foreach (int leaf in game.Terminals)
        {
            int player = leaf % game.PlayerCount;
            var edited = game.WithLeafPayoff(leaf, player, value);
            foreach (int other in game.Terminals)
            {
                for (int p = 0; p < game.PlayerCount; p++)
                {
                    var expected = other == leaf && p == player ? value : game.PathPayoffs(other)[p];
                    Assert.Equal(expected, edited.PathPayoffs(other)[p]);
                }
            }

            // The writer and reader agree on the new outcomes, so the page's text is the edited game.
            Assert.True(edited.IsSameGame(EfgFormat.Read(EfgFormat.Write(edited), name)), $"{name}, leaf {leaf}: the written game reads back differently");
        }
    }

    [Fact]
    public void WithLeafPayoff_InteriorNode_Throws()
    {
        var game = EfgFormat.Read(GameFiles.Text("stripped_down_poker.efg"), "stripped_down_poker.efg");
        Assert.Throws<ArgumentException>(() => game.WithLeafPayoff(0, 0, Rational.FromInteger(1)));
    }
}
