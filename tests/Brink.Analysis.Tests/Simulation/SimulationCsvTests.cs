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
        Assert.Equal(1 + (3 * 7), lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Equal(8, l.Split(',').Length));
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
}
