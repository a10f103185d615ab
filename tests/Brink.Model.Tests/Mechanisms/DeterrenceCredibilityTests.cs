using Brink.Model.Mechanisms;
using Brink.Model.Situations;
using static Brink.Model.Situations.ResponseCategory;

namespace Brink.Model.Tests.Mechanisms;

public sealed class DeterrenceCredibilityTests
{
    [Fact]
    public void Answered_SumsBlowTimesAnswers()
    {
        var blow = new BlowProfile(0.5, 0.2, 0.1, 0, 0, 0, 0, 0);
        var profile = new Brink.Model.Packs.ResponseProfile(0.5, 1, 0.5, 0, 1);
        Assert.Equal(0.6, DeterrenceCredibility.Answered(blow, profile), 12);
    }

}
