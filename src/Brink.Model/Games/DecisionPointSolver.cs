using Brink.Games.Solvers.QuantalResponse;
using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Games;

/// <summary>Compiles a decision point and solves it with the game core's agent logit QRE at the pack's λ.</summary>
internal static class DecisionPointSolver
{
    public static DecisionGameSolution Solve(Situation situation, ModelPack pack)
    {
        var game = DecisionGame.Compile(situation, pack);
        return new DecisionGameSolution(game, AgentLogit.AtLambda(game.Tree, pack[ParameterCatalog.Lambda]));
    }
}
