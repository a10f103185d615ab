using Brink.Games.NormalForm;
using Brink.Games.Numerics;

namespace Brink.Games.Tests.NormalForm;

public class NormalFormGameTests
{
    private static NormalFormGame PrisonersDilemma() =>
        NormalFormGame.Create("pd", string.Empty, ["1", "2"], [["C", "D"], ["C", "D"]], [9, 9, 10, 0, 0, 10, 1, 1]);

    [Fact]
    public void WithPayoff_OneEntry_ChangesItAlone()
    {
        var game = PrisonersDilemma();
        var edited = game.WithPayoff(3, 0, Rational.Parse("-1/2"));
        for (int profile = 0; profile < game.ProfileCount; profile++)
        {
            for (int player = 0; player < 2; player++)
            {
                Assert.Equal(profile == 3 && player == 0 ? Rational.Parse("-1/2") : game.Payoff(profile, player), edited.Payoff(profile, player));
            }
        }
    }

    [Fact]
    public void Payoff_FirstPlayerVariesFastest()
    {
        var game = PrisonersDilemma();
        Assert.Equal(Rational.FromInteger(10), game.Payoff([1, 0], 0));
        Assert.Equal(Rational.FromInteger(0), game.Payoff([1, 0], 1));
        Assert.Equal(1, game.ProfileIndex([1, 0]));
        Assert.Equal([0, 1], game.DecodeProfile(2));
    }

    [Fact]
    public void Create_WrongPayoffCount_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            NormalFormGame.Create("x", string.Empty, ["1", "2"], [["a"], ["b", "c"]], [1, 2, 3]));
        Assert.Equal("payoffs", ex.ParamName);
    }

    [Fact]
    public void IsConstantSum_DetectsZeroSum()
    {
        Assert.False(PrisonersDilemma().IsConstantSum());
        var pennies = NormalFormGame.FromFunction("mp", [2, 2], (p, i) => (p[0] == p[1] ? 1 : -1) * (i == 0 ? 1 : -1));
        Assert.True(pennies.IsConstantSum());
        Assert.Equal(4, pennies.ProfileCount);
    }
}
