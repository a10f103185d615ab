using System.Globalization;
using System.Text;
using Brink.Games.Formats;
using Brink.Games.Text;

namespace Brink.Games.Tests.Formats;

public partial class EfgFormatTests
{
    private const string Header = "EFG 2 R \"t\" { \"A\" \"B\" }\n\"\"\n";

    [Fact]
    public void Read_ChanceProbabilitiesNotSummingToOne_PointsAtTheChanceNode()
    {
        var error = ReadError(Header + "p \"\" 1 1 \"\" { \"a\" \"b\" } 0\n  c \"\" 1 \"\" { \"h\" 1/2 \"t\" 1/3 } 0\nt \"\" 0\nt \"\" 0\nt \"\" 0");

        AssertAt(error, 4, 3);
        Assert.Equal(Located(4, 3, Messages.ProbabilitiesDoNotSumToOne, "5/6"), error.Message);
    }

    [Fact]
    public void Read_UnknownPlayer_PointsAtThePlayerNumber()
    {
        var error = ReadError(Header + "p \"root\" 3 1 \"\" { \"a\" } 0\nt \"\" 0");

        AssertAt(error, 3, 10);
        Assert.Equal(Located(3, 10, Messages.UnknownPlayer, 3, 2), error.Message);
    }

    [Fact]
    public void Read_InformationSetReusedWithOtherActions_PointsAtTheActionList()
    {
        var error = ReadError(
            Header + "c \"\" 1 \"\" { \"h\" 1/2 \"t\" 1/2 } 0\np \"\" 1 1 \"\" { \"a\" \"b\" } 0\nt \"\" 0\nt \"\" 0\np \"\" 1 1 \"\" { \"a\" \"c\" } 0\nt \"\" 0\nt \"\" 0");

        AssertAt(error, 7, 13);
        Assert.Equal(Located(7, 13, Messages.SetActionsDiffer, 1, 1), error.Message);
    }

    [Fact]
    public void Read_WrongPayoffCount_PointsAtThePayoffs()
    {
        var error = ReadError(Header + "t \"\" 1 \"o\" { 1, 2, 3 }");

        AssertAt(error, 3, 12);
        Assert.Equal(Located(3, 12, Messages.OutcomePayoffCount, 1, 3, 2), error.Message);
    }

    [Fact]
    public void Read_OutcomeGivenOtherPayoffs_PointsAtTheSecondList()
    {
        var error = ReadError(Header + "p \"\" 1 1 \"\" { \"a\" \"b\" } 0\nt \"\" 1 \"o\" { 1, 2 }\nt \"\" 1 \"o\" { 1, 3 }");

        AssertAt(error, 5, 12);
        Assert.Equal(Located(5, 12, Messages.OutcomePayoffsDiffer, 1), error.Message);
    }

    [Fact]
    public void Read_OutcomeWithoutPayoffs_PointsAtItsNumber()
    {
        var error = ReadError(Header + "t \"\" 4 \"o\"");

        AssertAt(error, 3, 6);
        Assert.Equal(Located(3, 6, Messages.OutcomeUsedBeforePayoffs, 4), error.Message);
    }

    [Fact]
    public void Read_InformationSetWithoutActions_PointsAtItsNumber()
    {
        var error = ReadError(Header + "p \"\" 2 7 \"\" 0\nt \"\" 0");

        AssertAt(error, 3, 8);
        Assert.Equal(Located(3, 8, Messages.SetUsedBeforeActions, 7, 2), error.Message);
    }

    [Fact]
    public void Read_UnterminatedLabel_PointsAtItsOpeningQuote()
    {
        var error = ReadError(Header + "p \"\" 1 1 \"oops { } 0\n");

        AssertAt(error, 3, 10);
        Assert.Equal(Messages.ClosingQuote, error.Expected);
        Assert.Equal(Messages.EndOfFile, error.Found);
    }

    [Fact]
    public void Read_MissingChildren_ReportsEndOfFileWhereANodeWasDue()
    {
        var error = ReadError(Header + "p \"\" 1 1 \"\" { \"a\" \"b\" } 0\nt \"\" 0\n");

        AssertAt(error, 5, 1);
        Assert.Equal($"bad.efg:5:1: expected {Messages.Node}, found 'end of file'", error.Message);
    }

    [Fact]
    public void Read_UnknownNodeKind_ReportsIt()
    {
        var error = ReadError(Header + "q \"\" 0");

        AssertAt(error, 3, 1);
        Assert.Equal("q", error.Found);
    }

    [Fact]
    public void Read_TreeDeeperThanTheLimit_IsRefused()
    {
        var text = new StringBuilder(Header);
        for (int depth = 0; depth <= EfgReader.MaxDepth; depth++)
        {
            text.Append("p \"\" 1 1 \"\" { \"a\" } 0\n");
        }

        var error = ReadError(text.Append("t \"\" 0\n").ToString());

        AssertAt(error, 3 + EfgReader.MaxDepth, 1);
        Assert.Equal(Located(3 + EfgReader.MaxDepth, 1, Messages.TreeTooDeep, EfgReader.MaxDepth), error.Message);
    }

    [Fact]
    public void Read_TreeAtTheDepthLimit_Loads()
    {
        var text = new StringBuilder(Header);
        for (int depth = 0; depth < EfgReader.MaxDepth; depth++)
        {
            text.Append("p \"\" 1 1 \"\" { \"a\" } 0\n");
        }

        var game = EfgFormat.Read(text.Append("t \"\" 1 \"\" { 1, 2 }\n").ToString(), "deep.efg");

        Assert.Equal(EfgReader.MaxDepth + 1, game.Nodes.Length);
        Assert.Equal(EfgReader.MaxDepth + 1, EfgFormat.Read(EfgFormat.Write(game), "deep.efg").Nodes.Length);
    }

    private static LocatedFormatException ReadError(string text) =>
        Assert.Throws<LocatedFormatException>(() => EfgFormat.Read(text, "bad.efg"));

    private static void AssertAt(LocatedFormatException error, int line, int column)
    {
        Assert.Equal("bad.efg", error.Path);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    private static string Located(int line, int column, string format, params object[] arguments) =>
        string.Create(CultureInfo.InvariantCulture, $"bad.efg:{line}:{column}: ") + string.Format(CultureInfo.InvariantCulture, format, arguments);
}
