using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;
using Brink.Games.Tests.Formats;

namespace Brink.Games.Tests.ExtensiveForm;

public class LeducPokerTests
{
    [Fact]
    public void Create_IsTheBundledFile() =>
        Assert.True(LeducPoker.Create().IsSameGame(GameFile.Load(GameFiles.PathOf("leduc.efg")).ExtensiveForm!));

    [Fact]
    public void Create_HasLeducsInformationSets()
    {
        // Per player: 3 first-round histories × 3 cards, then 5 ways into round two × 3 histories × 3 cards ×
        // 3 public cards: 9 + 135 = 144 (suits merged; OpenSpiel's count with suits is larger).
        var game = LeducPoker.Create();

        Assert.Equal(144, game.PlayerInformationSets[1].Length);
        Assert.Equal(144, game.PlayerInformationSets[2].Length);
        Assert.True(game.HasPerfectRecall);
    }

    [Fact]
    public void Create_IsZeroSumWithStakesUpToThirteen()
    {
        // The most a player can lose: ante 1, two bets of 2, two of 4.
        var game = LeducPoker.Create();

        Assert.All(game.Terminals, t => Assert.Equal(0, game.TerminalPayoffsAsDouble[t][0] + game.TerminalPayoffsAsDouble[t][1]));
        Assert.Equal(13, game.Terminals.Max(t => game.TerminalPayoffsAsDouble[t][0]));
    }
}
