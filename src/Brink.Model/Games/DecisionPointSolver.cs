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
        var tree = game.Tree;

        // The profile is flat and on the stack (the tree is small): the solution copies out what it keeps.
        Span<double> profile = stackalloc double[tree.ActionOffset(tree.AgentCount)];
        AgentLogit.AtLambda(tree, pack[ParameterCatalog.Lambda], profile);
        return new DecisionGameSolution(game, profile);
    }
}
