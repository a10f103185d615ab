using Brink.Analysis.Simulation;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Tests.Simulation;

public class SimulationCsvTests
{
    private static readonly SimulationResult Result = Simulator.Run(
        Fixtures.Start, FixedSolver.Always(ResponseCategory.Major, AdversaryReply.Escalate), Fixtures.Iran, new SimulationOptions(10, 2, 3));

    [Fact]
    public void WriteOutcomes_WarEverywhere_TidyRowsWithHeader()
    {
        var writer = new StringWriter();
        SimulationCsv.WriteOutcomes(writer, Result);
        string[] lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("step,outcome,count,share", lines[0]);
        Assert.Equal(["1,stalemate,0,0", "1,war,10,1", "1,deal,0,0", "1,regime_crisis,0,0"], lines[1..5]);
        Assert.Equal(1 + (2 * 4), lines.Length);
    }

    [Fact]
    public void WriteStates_StepZero_StartValuesOnOneLinePerVariable()
    {
        var writer = new StringWriter();
        SimulationCsv.WriteStates(writer, Result);
        string[] lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("step,variable,mean,p05,p25,p50,p75,p95", lines[0]);
        Assert.StartsWith("0,economy,0.3", lines[1]);
        Assert.Equal(1 + (3 * Enum.GetValues<StateVariable>().Length), lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Equal(8, l.Split(',').Length));
    }

    [Fact]
    public void WriteHazards_WarEverywhere_EveryRunAtRiskInStepOneAndNoneAfter()
    {
        var writer = new StringWriter();
        SimulationCsv.WriteHazards(writer, Result);
        string[] lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("step,outcome,at_risk,events,hazard", lines[0]);
        Assert.Equal(["1,war,10,10,1", "1,deal,10,0,0", "1,regime_crisis,10,0,0", "1,any,10,10,1", "2,war,0,0,0"], lines[1..6]);
    }

    [Fact]
    public void WriteTimesToOutcome_WarEverywhere_QuartilesAtStepOneAndEmptyCellsForOutcomesNeverReached()
    {
        var writer = new StringWriter();
        SimulationCsv.WriteTimesToOutcome(writer, Result);
        string[] lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("outcome,reached,share,first_quartile,median,third_quartile,median_all_runs", lines[0]);
        Assert.Equal(["war,10,1,1,1,1,1", "deal,0,0,,,,", "regime_crisis,0,0,,,,", "any,10,1,1,1,1,1"], lines[1..]);
    }

    [Fact]
    public void WriteResponsesAndReplies_OneRowPerStepAndCategory()
    {
        var responses = new StringWriter();
        var replies = new StringWriter();
        SimulationCsv.WriteResponses(responses, Result);
        SimulationCsv.WriteReplies(replies, Result);
        Assert.Contains("2,major,10,1\n", responses.ToString());
        Assert.Contains("2,escalate,10,1\n", replies.ToString());
        Assert.Equal(1 + (2 * 7), responses.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void WriteTriggers_HeaderAndOneRowPerStepAndKind()
    {
        var writer = new StringWriter();
        SimulationCsv.WriteTriggers(writer, Result);
        string[] lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("step,trigger,count,share", lines[0]);
        Assert.StartsWith("1,strike_on_territory,", lines[1]);
        Assert.Equal(1 + (2 * 14), lines.Length);
        Assert.Equal(10, lines.Skip(1).Where(l => l.StartsWith("1,", StringComparison.Ordinal)).Sum(l => long.Parse(l.Split(',')[2])));
    }
}
