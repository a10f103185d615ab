using System.Globalization;

namespace Brink.Model.Tests.Dynamics;

/// <summary>docs/simulation.md lists every rate of the Iran pack with the pack's default; they must not drift apart.</summary>
public class DynamicsDocumentationTests
{
    [Fact]
    public void SimulationDocs_RateTable_MatchesThePackRateForRate()
    {
        string docs = File.ReadAllText(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(PackFiles.IranDynamicsPath)))!, "docs", "simulation.md"));
        var rows = docs.Split('\n')
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length >= 4 && double.TryParse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .ToDictionary(cells => cells[1].Trim('`'), cells => double.Parse(cells[2], CultureInfo.InvariantCulture));

        var missing = new List<string>();
        foreach (var rate in PackFiles.Iran.Rates)
        {
            if (!rows.TryGetValue(rate.Name, out double documented) || documented != rate.Default)
            {
                missing.Add($"{rate.Name} = {rate.Default}");
            }
        }

        Assert.True(missing.Count == 0, "Rates not documented with their default: " + string.Join(", ", missing));
        Assert.Equal(PackFiles.Iran.Rates.Length, rows.Count);
    }
}
