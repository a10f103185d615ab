using Brink.Games.ExtensiveForm;
using Brink.Games.Solvers;

namespace Brink.Model.Games;

/// <summary>
/// The seam to the game core's logit QRE (<c>Brink.Games.Solvers.Logit.QreAtLambda</c>): a behaviour profile
/// with one segment per information set, players in order, each player's sets in order of first appearance.
/// </summary>
internal interface IQreBackend
{
    /// <summary>The agent logit QRE of <paramref name="game"/> at precision <paramref name="lambda"/>.</summary>
    Profile Solve(ExtensiveFormGame game, double lambda);
}
