using Brink.Games.Formats;
using FsCheck;
using FsCheck.Fluent;

namespace Brink.Games.Tests.Formats;

public partial class NfgFormatTests
{
    private static readonly Arbitrary<int> NfgSeeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Fact]
    public void Write_RandomGames_ReadsBackAsTheSameGame() =>
        Check.One(
            PropertyConfig.WithTests(300),
            Prop.ForAll(NfgSeeds, seed =>
            {
                var game = RandomGames.NormalForm(new Random(seed));
                var again = NfgFormat.Read(NfgFormat.Write(game), "random.nfg");
                return game.IsSameGame(again) && game.Comment == again.Comment;
            }));
}
