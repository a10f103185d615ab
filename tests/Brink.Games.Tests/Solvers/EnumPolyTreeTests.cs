using Brink.Games.Formats;
using Brink.Games.Solvers.Polynomial;
using Brink.Games.Verification;

namespace Brink.Games.Tests.Solvers;

/// <summary>enumpoly's search on a two-player tree's behaviour supports (<see cref="EnumPoly.SolveOnTree"/>).</summary>
public class EnumPolyTreeTests
{
    // Entry with a grab: the entrant stays Out (0, 2) or goes In; the incumbent Fights (-1, -1) or Accommodates,
    // after which the entrant Shares (1, 1) or Grabs (2, -2).
    private const string EntryWithGrab = """
        EFG 2 R "Entry with a grab" { "Entrant" "Incumbent" }
        ""

        p "" 1 1 "" { "Out" "In" } 0
        t "" 1 "" { 0, 2 }
        p "" 2 1 "" { "Fight" "Accommodate" } 0
        t "" 2 "" { -1, -1 }
        p "" 1 2 "" { "Share" "Grab" } 0
        t "" 3 "" { 1, 1 }
        t "" 4 "" { 2, -2 }
        """;

    /// <summary>
    /// By hand: after Accommodate the entrant grabs (2 > 1), so accommodating pays -2 against fighting's -1 and a
    /// pure incumbent fights; then In pays -1 against Out's 0. Mixing fails: the incumbent is indifferent only if
    /// In is played with probability zero (-1·x_In = -2·x_In), and the entrant's Share and Grab differ by
    /// y_Accommodate, which must then be zero. So the one isolated equilibrium is (Out, Grab; Fight): the
    /// incumbent's set and the entrant's second set are reached with probability zero, and the entrant's second
    /// set, which its own Out rules out, is printed with the conditionally best action, Grab.
    /// </summary>
    [Fact]
    public void SolveOnTree_EntryWithGrab_FindsOutGrabFight()
    {
        var loaded = GameFile.Parse(EntryWithGrab, "entry-grab.efg");
        var result = EnumPoly.SolveOnTree(loaded.ExtensiveForm!);
        var only = Assert.Single(result.Equilibria);
        Assert.Equal([1.0, 0.0, 0.0, 1.0, 1.0, 0.0], only.Flattened.ToArray());
        Assert.All(EquilibriumVerifier.VerifyAll(loaded, result), v => Assert.True(v.IsEquilibrium));
    }

    /// <summary>Where both routes apply, the tree's search finds the reduced form's answers on a bundled game.</summary>
    [Fact]
    public void SolveOnTree_Cent4_MatchesReducedFormRoute()
    {
        var tree = GameFile.Load(Brink.Games.Tests.Formats.GameFiles.PathOf("cent4.efg")).ExtensiveForm!;
        var onTree = EnumPoly.SolveOnTree(tree).Equilibria.Select(p => p.Flattened.ToArray()).ToList();
        var reduced = EnumPoly.Solve(tree).Equilibria.Select(p => p.Flattened.ToArray()).ToList();
        Assert.All(reduced, r => Assert.True(ExpectedSolutions.ContainsNear(onTree, r, 1e-6)));
    }
}
