using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Games;

/// <summary>Compiles a decision point and solves it with the logit QRE at the pack's λ.</summary>
internal static class DecisionPointSolver
{
    private static readonly IQreBackend Backend = LocalAgentQre.Instance;

    public static DecisionGameSolution Solve(Situation situation, ModelPack pack)
    {
        var game = DecisionGame.Compile(situation, pack);
        var profile = Backend.Solve(game.Game, pack[ParameterCatalog.Lambda]);
        return new DecisionGameSolution(game, profile);
    }
}
