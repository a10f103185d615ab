using Brink.Games.Formats;
using Brink.Games.Numerics;

namespace Brink.Games.Tests.Formats;

public partial class NfgFormatTests
{
    [Fact]
    public void Read_PrisonersDilemma_HasHandCheckedPayoffs()
    {
        var game = NfgFormat.Read(GameFiles.Text("pd.nfg"), "pd.nfg");

        Assert.Equal("Two person Prisoner's Dilemma game", game.Title);
        Assert.Equal(["Player 1", "Player 2"], game.Players);
        Assert.Equal([2, 2], game.StrategyCounts);
        // Outcomes in file order, profiles with player 1 fastest: (1,1) (2,1) (1,2) (2,2).
        Assert.Equal<Rational>([9, 9, 10, 0, 0, 10, 1, 1], game.AllPayoffs.ToArray());
    }

    [Fact]
    public void Read_OutcomeIndicesOutOfOrder_MapsEachProfileToItsOutcome()
    {
        // perfect1.nfg lists profiles' outcomes as "1 4 7 2 5 8 3 6 9"; profile (2,1) gets outcome 4, "21" = (3/2, 1).
        var game = NfgFormat.Read(GameFiles.Text("perfect1.nfg"), "perfect1.nfg");

        Assert.Equal(Rational.Create(3, 2), game.Payoff([1, 0], 0));
        Assert.Equal(Rational.One, game.Payoff([1, 0], 1));
        Assert.Equal(Rational.Create(3, 2), game.Payoff([1, 2], 0));
        Assert.Equal(Rational.FromInteger(3), game.Payoff([2, 2], 0));
    }

    [Fact]
    public void Read_DecimalFormWithCounts_ReadsNumbersExactlyAndNamesStrategiesByNumber()
    {
        var game = NfgFormat.Read(GameFiles.Text("e04.nfg"), "e04.nfg");

        Assert.Equal([3, 2], game.StrategyCounts);
        Assert.Equal(["1", "2", "3"], game.Strategies[0]);
        Assert.Equal<Rational>([0, 0, -1, 2, -2, -2, 0, 0, -1, 0, 3, -1], game.AllPayoffs.ToArray());
    }

    [Fact]
    public void Read_NoCommentBeforePayoffs_ReadsPayoffList()
    {
        var game = NfgFormat.Read(GameFiles.Text("g2.nfg"), "g2.nfg");

        Assert.Equal(string.Empty, game.Comment);
        Assert.Equal([3, 3, 3], game.StrategyCounts);
        Assert.Equal(Rational.FromInteger(-2), game.Payoff(0, 0));
    }

    [Fact]
    public void Read_DecimalPayoffs_AreExact()
    {
        var game = NfgFormat.Read(GameFiles.Text("2x2x2x2.nfg"), "2x2x2x2.nfg");

        Assert.Equal(4, game.PlayerCount);
        Assert.Equal(Rational.Create(1131, 1000), game.Payoff(0, 0));
    }

    [Fact]
    public void Read_EscapedQuotesAndBackslashes_Unescapes()
    {
        const string text = "NFG 1 R \"say \\\"hi\\\" \\\\ bye\" { \"A\" } { { \"x\\\"y\" } } \"\" 5";

        var game = NfgFormat.Read(text, "escape.nfg");

        Assert.Equal("say \"hi\" \\ bye", game.Title);
        Assert.Equal("x\"y", game.Strategies[0][0]);
        Assert.Equal(Rational.FromInteger(5), game.Payoff(0, 0));
    }

    [Fact]
    public void Read_NullOutcomeAndCommaFreePayoffs_GiveZeroes()
    {
        const string text = "NFG 1 R \"\" { \"A\" \"B\" } { 2 1 } \"\" { { \"o\" 1/3 -2e1 } } 0 1";

        var game = NfgFormat.Read(text, "null.nfg");

        Assert.Equal<Rational>([0, 0, Rational.Create(1, 3), -20], game.AllPayoffs.ToArray());
    }

    [Fact]
    public void Write_PrisonersDilemma_IsThePayoffListForm()
    {
        var game = NfgFormat.Read(GameFiles.Text("pd.nfg"), "pd.nfg");

        string written = NfgFormat.Write(game);

        Assert.Equal(
            "NFG 1 R \"Two person Prisoner's Dilemma game\" { \"Player 1\" \"Player 2\" }\n"
            + "{ { \"1\" \"2\" } { \"1\" \"2\" } }\n\"\"\n\n9 9\n10 0\n0 10\n1 1\n",
            written);
    }

    [Fact]
    public void TryRead_Garbage_ReturnsTheError()
    {
        bool read = NfgFormat.TryRead("NFG 1 X", "x.nfg", out var game, out var error);

        Assert.False(read);
        Assert.Null(game);
        Assert.Equal(Messages.Precision, error!.Expected);
        Assert.Equal((1, 7), (error.Line, error.Column));
    }
}
