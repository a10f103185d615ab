using System.Text.Json;
using Brink.Cli.Tests.Infrastructure;

namespace Brink.Cli.Tests.Commands.Ablate;

public class AblateCommandTests
{
    private static string Case(string name) => RepositoryPaths.Combine("data", "cases", "iran", name + ".yaml");

    [Fact]
    public void Ablate_FewCases_RowPerMechanismWithSkillChangeAgainstTheFullModel()
    {
        var (exit, output, error) = CliRun.Run("ablate", Case("soleimani-2020"), Case("fuel-protests-2019"), Case("obama-un-offer-2013"), Case("flame-2012"), "--json");
        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(output);
        var rows = document.RootElement.EnumerateArray().ToList();
        Assert.Equal("none", rows[0].GetProperty("removed").GetString());
        Assert.Equal(0, rows[0].GetProperty("skill_change").GetDouble());
        Assert.Contains(rows, r => r.GetProperty("removed").GetString() == "SurvivalAtStake");
        Assert.Equal(14, rows.Count);
        double full = rows[0].GetProperty("loo_brier_skill").GetDouble();
        Assert.All(rows, r => Assert.Equal(r.GetProperty("loo_brier_skill").GetDouble() - full, r.GetProperty("skill_change").GetDouble(), 12));
        // Without DomesticPolitics the protest case loses its crackdown: the model must score worse.
        var domestic = rows.Single(r => r.GetProperty("removed").GetString() == "DomesticPolitics");
        Assert.True(domestic.GetProperty("skill_change").GetDouble() < 0, domestic.ToString());
    }

    [Fact]
    public void Ablate_NoCases_ExitsTwo()
    {
        var (exit, _, _) = CliRun.Run("ablate");
        Assert.Equal(2, exit);
    }
}
