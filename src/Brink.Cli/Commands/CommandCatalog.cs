using System.CommandLine;
using Brink.Cli.Infrastructure;

namespace Brink.Cli.Commands;

/// <summary>Every top-level command, in help order, each with the name it answers to.</summary>
internal static class CommandCatalog
{
    /// <summary>
    /// The commands and their factories. A factory builds its command's options and loads the layers it calls, so
    /// <see cref="BrinkApp"/> builds only the command a line names: a solve that takes a tenth of a second should not
    /// also pay for the workbench's and the simulator's command trees.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, Func<CliConsole, Command> Create)> Entries =
    [
        ("demo", Demo.DemoCommand.Create),
        ("solve", Solve.SolveCommand.Create),
        ("game", Games.GameCommand.Create),
        ("convert", Games.ConvertCommand.Create),
        ("check", Check.CheckCommand.Create),
        ("predict", Predict.PredictCommand.Create),
        ("simulate", Simulate.SimulateCommand.Create),
        ("backtest", Backtest.BacktestCommand.Create),
        ("fit", Fit.FitCommand.Create),
        ("ablate", Ablate.AblateCommand.Create),
        ("sweep", Sweep.SweepCommand.Create),
        ("merge", Sweep.MergeCommand.Create),
        ("optimize", Optimize.OptimizeCommand.Create),
        ("runs", Runs.RunsCommand.Create),
        ("report", Report.ReportCommand.Create),
        ("serve", Serve.ServeCommand.Create),
    ];

    /// <summary>Every command, for the root's help and for lines that name none.</summary>
    public static IEnumerable<Command> Build(CliConsole console) => Entries.Select(e => e.Create(console));

    /// <summary>The commands a command line needs: the one its first argument names, or all of them.</summary>
    public static IEnumerable<Command> For(IReadOnlyList<string> args, CliConsole console) =>
        args.Count > 0 && Entries.FirstOrDefault(e => e.Name == args[0]) is { Create: not null } entry
            ? [entry.Create(console)]
            : Build(console);
}
