using System.CommandLine;
using Brink.Analysis.Simulation;
using Brink.Cli.Commands.Predict;
using Brink.Cli.Commands.Simulate;
using Brink.Cli.Infrastructure;
using Brink.Model.Prediction;

namespace Brink.Cli.Commands.Demo;

/// <summary>
/// <c>brink demo</c>: the main job on the bundled default data. Predicts Tehran's answer to the June 2025 US
/// strikes on its nuclear sites with the Iran pack, then simulates a few thousand short crises from there.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The bundled 2025 situation the demo predicts.</summary>
    public const string SituationFile = "iran-2025-fordow.yaml";

    private static readonly SimulationOptions DemoSimulation = new(Runs: 2_000, Horizon: 6, Seed: 2025, MaxDegreeOfParallelism: 0);

    public static Command Create(CliConsole console)
    {
        var command = new Command("demo", "Run Brink on the bundled data: predict a 2025 situation and simulate how it may unfold.");
        CommandRunner.SetAction(command, console, _ =>
        {
            string path = BundledData.Path("data", "situations", SituationFile);
            var (situation, pack, packDirectory) = ModelInputs.Load(path, null);
            var predictor = new Predictor(pack);
            console.Output.WriteLine($"Brink demo: {path}");
            console.Output.WriteLine();
            PredictionView.Render(console, situation, pack, predictor.Explain(situation));
            console.Output.WriteLine();
            console.Output.WriteLine(
                $"How it may unfold: {DemoSimulation.Runs:N0} simulated crises of {DemoSimulation.Horizon} decision points (seed {DemoSimulation.Seed}).");
            var result = Simulator.Run(situation, predictor, ModelInputs.LoadDynamics(packDirectory), DemoSimulation, progress: null);
            SimulationView.Render(console, situation, result);
            console.Output.WriteLine();
            console.Output.WriteLine("Next: brink predict FILE --json, brink simulate FILE --runs N, brink solve GAME --method lcp (see README).");
            return ExitCodes.Success;
        });
        return command;
    }
}
