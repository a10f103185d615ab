namespace Brink.Model.Situations;

/// <summary>
/// Size limits of a situation beyond the YAML ones (<see cref="Yaml.YamlLimits"/>); docs/limits.md lists them.
/// Every bundled case names at most 4 adversaries, 3 proxies and 3 third parties.
/// </summary>
public static class SituationLimits
{
    /// <summary>
    /// Most entries under each of <c>state.adversaries</c>, <c>state.proxies</c> and <c>state.third_parties</c>:
    /// each adversary adds a game to solve at every step of every simulated trajectory.
    /// </summary>
    public const int MaxActorsPerGroup = 32;
}
