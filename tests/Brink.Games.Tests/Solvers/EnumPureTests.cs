using Brink.Games.Equilibria;
using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;
using Brink.Games.Numerics;
using Brink.Games.Profiles;
using Brink.Games.Solvers.Enumeration;
using Brink.Games.Tests.Formats;
using FsCheck;
using FsCheck.Fluent;

namespace Brink.Games.Tests.Solvers;

public class EnumPureTests
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    private static ExtensiveFormGame Tree(string name) => GameFile.Load(GameFiles.PathOf(name)).ExtensiveForm!;

    [Fact]
    public void SubgamePerfect_Centipede_TakesAtOnce()
    {
        var result = EnumPure.SolveSubgamePerfect(Tree("cent4.efg"));
        Assert.Equal(["NE,1,0,1,0,1,0,1,0"], result.Equilibria.Select(p => GambitOutput.FormatLine(p)));
    }

    [Fact]
    public void SubgamePerfect_IndifferentFollower_GivesEveryTieCombination()
    {
        // Player 2 is indifferent at both of its nodes, so four SPE; player 1 takes the sure −1 over the gamble's −2.
        var result = EnumPure.SolveSubgamePerfect(Tree("perfect_info_with_chance.efg"));
        Assert.Equal(4, result.Equilibria.Length);
        Assert.All(result.Equilibria, p => Assert.Equal([Rational.Zero, Rational.One], p.Exact[0]));
    }

    [Fact]
    public void SubgamePerfect_EverySpeIsANashEquilibrium()
    {
        foreach (var name in new[] { "cent4.efg", "perfect_info_with_chance.efg" })
        {
            var tree = Tree(name);
            var reduced = ReducedNormalForm.Create(tree);
            Assert.All(EnumPure.SolveSubgamePerfect(tree).Equilibria, p => Assert.True(BehaviourRegret.MaxRegret(reduced, p).IsZero));
        }
    }

    [Fact]
    public void SubgamePerfect_ImperfectInformation_IsNotApplicable() =>
        Assert.Throws<SolverNotApplicableException>(() => EnumPure.SolveSubgamePerfect(Tree("entry_accommodation.efg")));

    [Fact]
    public void Solve_RandomNormalForms_EveryProfileHasZeroRegret() =>
        Check.One(PropertyConfig.WithTests(200), Prop.ForAll(Seeds, seed =>
        {
            var game = RandomGames.NormalForm(new Random(seed));
            return EnumPure.Solve(game).Equilibria.All(p => NormalFormRegret.MaxRegret(game, p.Exact.Select(s => (IReadOnlyList<Rational>)s).ToList()).IsZero);
        }));

    [Fact]
    public void Solve_RandomPerfectRecallTrees_EveryProfileHasZeroBehaviourRegret() =>
        Check.One(PropertyConfig.WithTests(200), Prop.ForAll(Seeds, seed =>
        {
            var tree = RandomGames.Tree(new Random(seed));
            if (!tree.HasPerfectRecall)
            {
                return true;
            }

            var reduced = ReducedNormalForm.Create(tree);
            return EnumPure.Solve(tree).Equilibria.All(p => BehaviourRegret.MaxRegret(reduced, p).IsZero);
        }));
}
