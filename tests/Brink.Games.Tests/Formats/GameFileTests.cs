using Brink.Games.Formats;
using Brink.Games.Text;

namespace Brink.Games.Tests.Formats;

public partial class GameFileTests
{
    [Fact]
    public void Load_MissingFile_ThrowsGameFileNotFoundNamingThePath()
    {
        string path = Path.Combine(GameFiles.Directory, "no-such-game.efg");

        var error = Assert.Throws<GameFileNotFoundException>(() => GameFile.Load(path));

        Assert.Equal(path, error.Path);
        Assert.Equal(path + ": file not found", error.Message);
        Assert.IsType<LocatedFormatException>(error, exactMatch: false);
    }

    [Fact]
    public void Load_MissingFolder_ThrowsGameFileNotFound()
    {
        string path = Path.Combine(GameFiles.Directory, "no-such-folder", "x.nfg");

        Assert.Throws<GameFileNotFoundException>(() => GameFile.Load(path));
    }

    [Fact]
    public void Load_Folder_ThrowsLocatedFormatExceptionNamingThePath()
    {
        var error = Assert.Throws<LocatedFormatException>(() => GameFile.Load(GameFiles.Directory));

        Assert.IsNotType<GameFileNotFoundException>(error);
        Assert.Equal(GameFiles.Directory, error.Path);
        Assert.StartsWith(GameFiles.Directory + ": cannot read the file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExtensiveText_IsDecidedByHeader()
    {
        var loaded = GameFile.Parse(GameFiles.Text("e04.efg"), "misnamed.nfg");

        Assert.True(loaded.IsExtensiveForm);
        Assert.Null(loaded.NormalForm);
        Assert.Equal("misnamed.nfg", loaded.Path);
        Assert.Equal(8, loaded.ExtensiveForm!.Nodes.Length);
    }

    [Fact]
    public void Parse_NormalText_IsDecidedByHeader()
    {
        var loaded = GameFile.Parse(GameFiles.Text("pd.nfg"), "misnamed.efg");

        Assert.False(loaded.IsExtensiveForm);
        Assert.Equal("Two person Prisoner's Dilemma game", loaded.Title);
    }

    [Fact]
    public void Parse_UnknownHeader_PointsAtIt()
    {
        var error = Assert.Throws<LocatedFormatException>(() => GameFile.Parse("\n\n   GAME 1", "x.txt"));

        Assert.Equal((3, 4), (error.Line, error.Column));
        Assert.Equal("x.txt:3:4: expected 'NFG' or 'EFG', found 'GAME'", error.Message);
    }

    [Fact]
    public void Parse_EmptyText_ReportsEndOfFile()
    {
        var error = Assert.Throws<LocatedFormatException>(() => GameFile.Parse(string.Empty, "empty.nfg"));

        Assert.Equal("empty.nfg:1:1: expected 'NFG' or 'EFG', found 'end of file'", error.Message);
    }

    [Fact]
    public void Parse_ByteOrderMark_IsSkipped()
    {
        var loaded = GameFile.Parse("\uFEFF" + GameFiles.Text("pd.nfg"), "bom.nfg");

        Assert.Equal(2, loaded.NormalForm!.PlayerCount);
    }
}
