using System.Globalization;
using Brink.Games.Formats;
using Brink.Games.Text;

namespace Brink.Games.Tests.Formats;

public partial class NfgFormatTests
{
    private const string TwoByTwoHeader = "NFG 1 R \"t\" { \"A\" \"B\" } { 2 2 }\n";

    [Fact]
    public void Read_Truncated_ReportsEndOfFileWhereANumberWasDue()
    {
        var error = ReadError(TwoByTwoHeader + "\n1 2 3");

        AssertAt(error, 3, 6);
        Assert.Equal(Messages.Number, error.Expected);
        Assert.Equal(Messages.EndOfFile, error.Found);
        Assert.Equal("bad.nfg:3:6: expected a number, found 'end of file'", error.Message);
    }

    [Fact]
    public void Read_TooManyPayoffs_ReportsTheFirstExtra()
    {
        var error = ReadError(TwoByTwoHeader + "1 2 3 4 5 6 7 8\n  9");

        AssertAt(error, 3, 3);
        Assert.Equal(Messages.EndOfInput, error.Expected);
        Assert.Equal("9", error.Found);
    }

    [Fact]
    public void Read_WordForANumber_ReportsIt()
    {
        var error = ReadError(TwoByTwoHeader + "1 2 x3 4");

        AssertAt(error, 2, 5);
        Assert.Equal("bad.nfg:2:5: expected a number, found 'x3'", error.Message);
    }

    [Fact]
    public void Read_OutcomeWithTooFewPayoffs_PointsAtTheOutcome()
    {
        var error = ReadError(TwoByTwoHeader + "{\n{ \"\" 1, 2 }\n  { \"\" 3 }\n}\n1 2 1 2");

        AssertAt(error, 4, 3);
        Assert.Null(error.Expected);
        Assert.Equal(Located(4, 3, Messages.OutcomePayoffCount, 2, 1, 2), error.Message);
    }

    [Fact]
    public void Read_OutcomeIndexBeyondTheTable_PointsAtTheIndex()
    {
        var error = ReadError(TwoByTwoHeader + "{ { \"\" 1, 2 } }\n1 0 3 1");

        AssertAt(error, 3, 5);
        Assert.Equal(Located(3, 5, Messages.OutcomeIndexOutOfRange, 3, 1), error.Message);
    }

    [Fact]
    public void Read_FewerStrategyListsThanPlayers_PointsAtTheList()
    {
        var error = ReadError("NFG 1 R \"t\" { \"A\" \"B\" } { 2 }\n1 2 3 4");

        AssertAt(error, 1, 25);
        Assert.Equal(Located(1, 25, Messages.StrategyListCount, 1, 2), error.Message);
    }

    [Fact]
    public void Read_PlayerWithoutStrategies_PointsAtTheEmptyList()
    {
        var error = ReadError("NFG 1 R \"t\" { \"A\" } { { } }\n");

        AssertAt(error, 1, 23);
        Assert.Equal(Located(1, 23, Messages.NoStrategies, 1), error.Message);
    }

    [Fact]
    public void Read_WrongVersion_ReportsIt()
    {
        var error = ReadError("NFG 2 R \"t\" { \"A\" } { 1 } 0");

        AssertAt(error, 1, 5);
        Assert.Equal(Messages.NfgVersion, error.Expected);
        Assert.Equal("2", error.Found);
    }

    [Fact]
    public void Read_ControlCharacters_KeepTheMessageOnOneLine()
    {
        var error = ReadError("NFG 1 R \"t\" { \"A\" } { 1 }\n\u0001\u0007");

        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal("\\u0001\\u0007", error.Found);
    }

    [Fact]
    public void Read_HugeStrategyCount_IsRefusedBeforeAllocating()
    {
        var error = ReadError("NFG 1 R \"t\" { \"A\" \"B\" } { 100000 100000 }\n1");

        AssertAt(error, 1, 34);
        Assert.Null(error.Expected);
    }

    [Fact]
    public void Read_LargeCountsButShortPayoffList_ReportsEndOfFile()
    {
        // 16 million payoff entries promised, two given: the reader must fail on the text, not on memory.
        var error = ReadError("NFG 1 R \"t\" { \"A\" \"B\" } { 4000 2000 }\n1 2");

        AssertAt(error, 2, 4);
        Assert.Equal(Messages.EndOfFile, error.Found);
    }

    [Fact]
    public void Read_LargeCountsButShortOutcomeList_ReportsEndOfFile()
    {
        var error = ReadError("NFG 1 R \"t\" { \"A\" \"B\" } { 4000 2000 }\n{ { \"\" 1 2 } }\n1 1");

        AssertAt(error, 3, 4);
        Assert.Equal(Messages.Integer, error.Expected);
    }

    private static LocatedFormatException ReadError(string text) =>
        Assert.Throws<LocatedFormatException>(() => NfgFormat.Read(text, "bad.nfg"));

    private static void AssertAt(LocatedFormatException error, int line, int column)
    {
        Assert.Equal("bad.nfg", error.Path);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    private static string Located(int line, int column, string format, params object[] arguments) =>
        string.Create(CultureInfo.InvariantCulture, $"bad.nfg:{line}:{column}: ") + string.Format(CultureInfo.InvariantCulture, format, arguments);
}
