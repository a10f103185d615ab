using Brink.Games.Formats;
using Brink.Games.Profiles;
using Brink.Games.Solvers;
using Brink.Games.Tests.Formats;

namespace Brink.Games.Tests.Solvers;

public class SolverCatalogTests
{
    [Theory]
    [InlineData("kuhn3.efg", "")]
    [InlineData("pd.nfg", "lp cfr")]
    [InlineData("2x2x2.nfg", "enummixed lcp lp cfr")]
    [InlineData("3_player.efg", "enummixed lcp lp cfr")]
    [InlineData("e04.efg", "lp cfr")]
    public void Applicability_RefusesExactlyTheMethodsTheGameLacks(string name, string refused)
    {
        var rows = SolverCatalog.Applicability(GameFile.Parse(GameFiles.Text(name), name));

        Assert.Equal(SolverCatalog.Methods, rows.Select(r => r.Method));
        Assert.Equal(refused.Split(' ', StringSplitOptions.RemoveEmptyEntries), rows.Where(r => !r.Applies).Select(r => r.Method));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason), r.Method));
    }

    [Theory]
    [MemberData(nameof(GameFiles.All), MemberType = typeof(GameFiles))]
    public void Applicability_AMethodMarkedRefusedReallyRefusesTheGame(string name)
    {
        // The table is read from the game's kind; the solvers check for themselves. They must agree on every refusal
        // that is about the kind of game (two players, constant sum, a tree), which is every refusal the table makes.
        var game = GameFile.Parse(GameFiles.Text(name), name);
        foreach (var row in SolverCatalog.Applicability(game).Where(r => !r.Applies))
        {
            Assert.Throws<SolverNotApplicableException>(() => SolverCatalog.Solve(game, new SolveRequest(row.Method, false, null)));
        }
    }
}
