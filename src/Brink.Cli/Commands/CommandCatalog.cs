using System.CommandLine;
using Brink.Cli.Infrastructure;
using Brink.Games.Solvers.QuantalResponse;

namespace Brink.Cli.Commands;

/// <summary>Every top-level command, in help order.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Build(CliConsole console)
    {
        yield return Demo.DemoCommand.Create(console);
        yield return Solve.SolveCommand.Create(console);
        yield return Games.GameCommand.Create(console);
        yield return Games.ConvertCommand.Create(console);
        yield return Check.CheckCommand.Create(console);
        yield return Predict.PredictCommand.Create(console);
        yield return Simulate.SimulateCommand.Create(console);
        yield return Backtest.BacktestCommand.Create(console);
        yield return Fit.FitCommand.Create(console);
        yield return Ablate.AblateCommand.Create(console);
        yield return Sweep.SweepCommand.Create(console);
        yield return Sweep.MergeCommand.Create(console);
        yield return Optimize.OptimizeCommand.Create(console);
        yield return Runs.RunsCommand.Create(console);
        yield return Report.ReportCommand.Create(console);
        yield return Serve.ServeCommand.Create(console);
    }
}
