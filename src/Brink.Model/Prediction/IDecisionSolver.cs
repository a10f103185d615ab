using Brink.Model.Situations;

namespace Brink.Model.Prediction;

/// <summary>Solves a decision point with a pack's parameters. Pure and thread-safe.</summary>
public interface IDecisionSolver
{
    /// <summary>Solves the situation's game; never reads its outcome.</summary>
    DecisionSolution Solve(Situation situation);
}
