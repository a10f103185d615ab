using Brink.Games.ExtensiveForm;
using Brink.Games.Profiles;

namespace Brink.Games.Solvers;

/// <summary>
/// Floating conversion from mixtures over a tree's reduced strategies to behaviour profiles, for the methods
/// that search the reduced normal form but print behaviour profiles (enumpoly).
/// </summary>
internal static class TreeProfiles
{
    /// <summary>
    /// Mixed to behaviour: at each set, each action's share of the weight of the strategies that specify the set
    /// (those the player's own play can bring there); all zeros where that weight is zero, as Gambit prints.
    /// </summary>
    public static Profile ToBehaviour(ReducedNormalForm reduced, double[][] mixed)
    {
        var game = reduced.Game;
        var segments = new List<double[]>();
        for (int p = 0; p < game.PlayerCount; p++)
        {
            var sets = game.PlayerInformationSets[p + 1];
            for (int k = 0; k < sets.Length; k++)
            {
                var weight = new double[game.InformationSets[sets[k]].ActionCount];
                for (int s = 0; s < reduced.Strategies[p].Length; s++)
                {
                    int a = reduced.Strategies[p][s][k];
                    weight[a < 0 ? 0 : a] += a < 0 ? 0 : mixed[p][s];
                }

                double total = weight.Sum();
                segments.Add(total <= 0 ? weight : [.. weight.Select(w => w / total)]);
            }
        }

        return Profile.FromDoubles(ProfileKind.Behaviour, segments);
    }
}
