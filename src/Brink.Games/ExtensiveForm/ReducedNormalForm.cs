using System.Collections.Immutable;
using System.Text;
using Brink.Games.NormalForm;
using Brink.Games.Numerics;
using Brink.Games.Profiles;

namespace Brink.Games.ExtensiveForm;

/// <summary>
/// The reduced normal form of a perfect-recall tree: each player's pure strategies with the choices at
/// information sets the player's own earlier choices rule out left unspecified (plans of action), so
/// strategies that differ only there are one. Strategies are listed depth-first over the player's information
/// sets in file order, the first set's action varying slowest (Gambit's order); a strategy is labelled by its
/// 1-based action numbers, <c>*</c> where unspecified. Payoffs are exact expectations over chance.
/// </summary>
public sealed class ReducedNormalForm
{
    private readonly int[][] setPosition;

    private ReducedNormalForm(ExtensiveFormGame game, ImmutableArray<ImmutableArray<ImmutableArray<int>>> strategies, int[][] setPosition)
    {
        Game = game;
        Strategies = strategies;
        this.setPosition = setPosition;
    }

    /// <summary>The tree.</summary>
    public ExtensiveFormGame Game { get; }

    /// <summary>Per player (0-based), per reduced strategy, the action at each of the player's sets in order (−1: unspecified).</summary>
    public ImmutableArray<ImmutableArray<ImmutableArray<int>>> Strategies { get; }

    /// <summary>Builds the reduced strategies; throws <see cref="SolverNotApplicableException"/> without perfect recall.</summary>
    public static ReducedNormalForm Create(ExtensiveFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        if (PerfectRecall.FindViolation(game) is { } violation)
        {
            throw new SolverNotApplicableException($"the reduced normal form needs perfect recall: {violation}");
        }

        var setPosition = new int[game.PlayerCount][];
        var strategies = ImmutableArray.CreateBuilder<ImmutableArray<ImmutableArray<int>>>(game.PlayerCount);
        for (int p = 1; p <= game.PlayerCount; p++)
        {
            var sets = game.PlayerInformationSets[p];
            var (position, required) = Requirements(game, p);
            setPosition[p - 1] = position;
            var list = ImmutableArray.CreateBuilder<ImmutableArray<int>>();
            Enumerate(game, sets, required, 0, new int[sets.Length], list);
            strategies.Add(list.ToImmutable());
        }

        return new ReducedNormalForm(game, strategies.MoveToImmutable(), setPosition);
    }

    /// <summary>
    /// The reduced normal form of <paramref name="game"/> as a game, refused before any strategy is enumerated
    /// when it has more payoff entries than <see cref="TabulationLimit"/> (counting is cheap; enumerating
    /// millions of strategies is not).
    /// </summary>
    public static NormalFormGame Tabulate(ExtensiveFormGame game)
    {
        EnsureTabulable(game);
        return Create(game).ToNormalFormGame();
    }

    /// <summary>Throws <see cref="SolverNotApplicableException"/> when <see cref="Tabulate"/> would refuse.</summary>
    public static void EnsureTabulable(ExtensiveFormGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        if (PerfectRecall.FindViolation(game) is null)
        {
            long entries = game.PlayerCount;
            for (int p = 1; p <= game.PlayerCount && entries <= TabulationLimit; p++)
            {
                entries = SaturatingProduct(entries, CountStrategies(game, p));
            }

            if (entries > TabulationLimit)
            {
                throw new SolverNotApplicableException("the reduced normal form has more than 50,000,000 payoff entries, too many to tabulate");
            }
        }
    }

    /// <summary>Most payoff entries (profiles × players) a tabulated reduced normal form may have.</summary>
    public const long TabulationLimit = 50_000_000;

    /// <summary>The reduced normal form as a game (strategy labels as Gambit writes them).</summary>
    public NormalFormGame ToNormalFormGame()
    {
        var labels = Strategies.Select(ps => (IReadOnlyList<string>)[.. ps.Select(Label)]).ToArray();
        var counts = Strategies.Select(s => s.Length).ToArray();
        long profiles = counts.Aggregate(1L, (a, c) => SaturatingProduct(a, c));
        if (SaturatingProduct(profiles, counts.Length) > TabulationLimit)
        {
            throw new SolverNotApplicableException($"the reduced normal form has {profiles:N0} profiles, too many to tabulate");
        }

        var payoffs = new List<Rational>((int)(profiles * counts.Length));
        var profile = new int[counts.Length];
        for (long k = 0; k < profiles; k++)
        {
            payoffs.AddRange(Payoffs(profile));
            for (int p = 0; p < counts.Length && ++profile[p] == counts[p]; p++)
            {
                profile[p] = 0;
            }
        }

        return NormalFormGame.Create(Game.Title, Game.Comment, Game.Players, labels, payoffs);
    }

    /// <summary>Exact expected payoffs of a pure reduced profile (one strategy index per player).</summary>
    public Rational[] Payoffs(IReadOnlyList<int> profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var total = new Rational[Game.PlayerCount];
        Array.Fill(total, Rational.Zero);
        Accumulate(0, Rational.One, profile, total);
        return total;
    }

    /// <summary>
    /// A pure reduced profile as the behaviour profile Gambit prints: for each player, for each of its sets in
    /// order, 1 on the chosen action; all zeros at a set the player's own choices rule out.
    /// </summary>
    public Profile Behaviour(IReadOnlyList<int> profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var segments = new List<IEnumerable<Rational>>();
        for (int p = 0; p < Game.PlayerCount; p++)
        {
            var strategy = Strategies[p][profile[p]];
            var sets = Game.PlayerInformationSets[p + 1];
            for (int k = 0; k < sets.Length; k++)
            {
                int actions = Game.InformationSets[sets[k]].ActionCount;
                int chosen = strategy[k];
                segments.Add([.. Enumerable.Range(0, actions).Select(a => a == chosen ? Rational.One : Rational.Zero)]);
            }
        }

        return Profile.FromExact(ProfileKind.Behaviour, segments);
    }

    /// <summary>A mixed profile over reduced strategies as a behaviour profile (realisation-weighted, Kuhn's theorem).</summary>
    public Profile Behaviour(IReadOnlyList<IReadOnlyList<Rational>> mixed)
    {
        ArgumentNullException.ThrowIfNull(mixed);
        var segments = new List<IEnumerable<Rational>>();
        for (int p = 0; p < Game.PlayerCount; p++)
        {
            var sets = Game.PlayerInformationSets[p + 1];
            for (int k = 0; k < sets.Length; k++)
            {
                int actions = Game.InformationSets[sets[k]].ActionCount;
                var weight = new Rational[actions];
                Array.Fill(weight, Rational.Zero);
                for (int s = 0; s < Strategies[p].Length; s++)
                {
                    int a = Strategies[p][s][k];
                    if (a >= 0)
                    {
                        weight[a] += mixed[p][s];
                    }
                }

                var sum = weight.Aggregate(Rational.Zero, (x, y) => x + y);
                segments.Add(sum.IsZero ? weight : [.. weight.Select(w => w / sum)]);
            }
        }

        return Profile.FromExact(ProfileKind.Behaviour, segments);
    }

    private static string Label(ImmutableArray<int> strategy)
    {
        var text = new StringBuilder(strategy.Length);
        foreach (int a in strategy)
        {
            text.Append(a < 0 ? "*" : (a + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The player's last own (set position, action) above <paramref name="node"/>, or (−1, −1) at the top.</summary>
    private static (int Set, int Action) OwnPredecessor(ExtensiveFormGame game, int node, int player, int[] position)
    {
        int child = node;
        for (int parent = game.Nodes[node].Parent; parent >= 0; child = parent, parent = game.Nodes[parent].Parent)
        {
            var set = game.InformationSetOf(parent);
            if (set.Player == player)
            {
                return (position[set.Index], game.Nodes[child].ParentAction);
            }
        }

        return (-1, -1);
    }

    private static long SaturatingProduct(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;

    // The number of reduced strategies Create would list, counted without listing them; stops past the limit.
    private static long CountStrategies(ExtensiveFormGame game, int player)
    {
        var sets = game.PlayerInformationSets[player];
        return Enumerate(game, sets, Requirements(game, player).Required, 0, new int[sets.Length], null);
    }

    // Each of the player's sets' position among its sets, and per set the own (set, action) that must precede it.
    private static (int[] Position, (int Set, int Action)[] Required) Requirements(ExtensiveFormGame game, int player)
    {
        var sets = game.PlayerInformationSets[player];
        var position = new int[game.InformationSets.Length];
        Array.Fill(position, -1);
        for (int k = 0; k < sets.Length; k++)
        {
            position[sets[k]] = k;
        }

        return (position, [.. sets.Select(s => OwnPredecessor(game, game.InformationSets[s].Members[0], player, position))]);
    }

    // Lists the reduced strategies into output (or only counts them when output is null, stopping past the
    // tabulation limit); returns how many there are.
    private static long Enumerate(
        ExtensiveFormGame game, ImmutableArray<int> sets, (int Set, int Action)[] required, int k, int[] current, ImmutableArray<ImmutableArray<int>>.Builder? output)
    {
        if (k == sets.Length)
        {
            output?.Add([.. current]);
            return 1;
        }

        var (before, action) = required[k];
        if (before >= 0 && current[before] != action)
        {
            current[k] = -1;
            return Enumerate(game, sets, required, k + 1, current, output);
        }

        long total = 0;
        for (int a = 0; a < game.InformationSets[sets[k]].ActionCount && (output is not null || total <= TabulationLimit); a++)
        {
            current[k] = a;
            total += Enumerate(game, sets, required, k + 1, current, output);
        }

        return total;
    }

    private void Accumulate(int node, Rational probability, IReadOnlyList<int> profile, Rational[] total)
    {
        var n = Game.Nodes[node];
        if (n.Kind == NodeKind.Terminal)
        {
            var payoffs = Game.PathPayoffs(node);
            for (int p = 0; p < total.Length; p++)
            {
                total[p] += probability * payoffs[p];
            }

            return;
        }

        var set = Game.InformationSets[n.InformationSet];
        if (set.IsChance)
        {
            for (int a = 0; a < n.Children.Length; a++)
            {
                if (!set.Probabilities[a].IsZero)
                {
                    Accumulate(n.Children[a], probability * set.Probabilities[a], profile, total);
                }
            }

            return;
        }

        int player = set.Player - 1;
        int action = Strategies[player][profile[player]][setPosition[player][set.Index]];
        Accumulate(n.Children[action], probability, profile, total);
    }
}
