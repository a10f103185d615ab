using System.Diagnostics;
using Brink.Bench.Solvers;
using Brink.Games.Solvers.QuantalResponse;
using Brink.Model.Games;
using Brink.Model.Mechanisms;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;
using Brink.Model.Uncertainty;

namespace Brink.Bench.Prediction;

/// <summary>
/// Steady-state wall-clock split of one prediction: context, compiling the decision game, solving its agent
/// QRE, the whole prediction, the prediction with its explanation and with its 90% intervals
/// (<c>dotnet run -c Release --project bench/Brink.Bench -- --model-timings</c>).
/// </summary>
internal static class ModelTimings
{
    public static void Print(TextWriter output)
    {
        string root = SolverGames.RepositoryRoot();
        var pack = PackLoader.Load(Path.Combine(root, "packs", "iran"));
        var situation = SituationLoader.Load(Path.Combine(root, "data", "situations", "iran-2025-fordow.yaml"));
        var predictor = new Predictor(pack);
        var tree = DecisionGame.Compile(situation, pack).Tree;
        Report(output, "context", 20_000, () => DecisionContext.Create(situation, pack));
        Report(output, "context + mechanisms", 20_000, () => MechanismPipeline.Effects(DecisionContext.Create(situation, pack)));
        Report(output, "compile (context to game tree)", 20_000, () => DecisionGame.Compile(situation, pack));
        Report(output, "agent logit QRE", 20_000, () => AgentLogit.AtLambda(tree, pack[ParameterCatalog.Lambda]));
        Report(output, "predict (probabilities)", 20_000, () => predictor.Predict(situation));
        Report(output, "solve (probabilities and replies, as simulate uses)", 20_000, () => predictor.Solve(situation));
        Report(output, "predict with explanation", 300, () => predictor.Explain(situation, UncertaintyOptions.None));
        Report(output, "predict with explanation and 90% intervals (200 draws, one thread)", 300, () => predictor.Explain(situation, UncertaintyOptions.Default));
        Report(output, "predict with explanation and 90% intervals (200 draws, all cores)", 300, () => predictor.Explain(situation, UncertaintyOptions.Default with { MaxDegreeOfParallelism = 0 }));
    }

    private static void Report(TextWriter output, string what, int rounds, Action action)
    {
        for (int i = 0; i < rounds; i++)
        {
            action();
        }

        Thread.Sleep(300);
        long bytes = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < rounds; i++)
        {
            action();
        }

        clock.Stop();
        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        output.WriteLine($"{what}: {clock.Elapsed.TotalMicroseconds / rounds:F1} µs, {bytes / rounds:N0} bytes allocated");
    }
}
