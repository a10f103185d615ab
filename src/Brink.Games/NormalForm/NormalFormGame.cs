using System.Collections.Immutable;
using Brink.Games.Numerics;

namespace Brink.Games.NormalForm;

/// <summary>
/// An N-player game in strategic form with exact payoffs. Immutable; build it with <see cref="Create"/>.
/// </summary>
/// <remarks>
/// Profiles are indexed as Gambit orders them: the first player's strategy varies fastest. The payoff of
/// player <c>p</c> at profile <c>k</c> sits at <c>k * PlayerCount + p</c> in both the exact and the
/// double arrays, which hold the same values.
/// </remarks>
public sealed class NormalFormGame
{
    private readonly Rational[] payoffs;
    private readonly double[] payoffsAsDouble;
    private readonly int[] strides;

    private NormalFormGame(
        string title,
        string comment,
        ImmutableArray<string> players,
        ImmutableArray<ImmutableArray<string>> strategies,
        Rational[] payoffs)
    {
        Title = title;
        Comment = comment;
        Players = players;
        Strategies = strategies;
        this.payoffs = payoffs;
        payoffsAsDouble = Array.ConvertAll(payoffs, p => p.ToDouble());
        strides = new int[players.Length];
        int stride = 1;
        for (int p = 0; p < players.Length; p++)
        {
            strides[p] = stride;
            stride = checked(stride * strategies[p].Length);
        }

        ProfileCount = stride;
    }

    /// <summary>The game's title.</summary>
    public string Title { get; }

    /// <summary>The free-text comment.</summary>
    public string Comment { get; }

    /// <summary>Player names in order.</summary>
    public ImmutableArray<string> Players { get; }

    /// <summary>Strategy labels per player.</summary>
    public ImmutableArray<ImmutableArray<string>> Strategies { get; }

    /// <summary>Number of players.</summary>
    public int PlayerCount => Players.Length;

    /// <summary>Number of pure-strategy profiles (the product of the strategy counts).</summary>
    public int ProfileCount { get; }

    /// <summary>Number of strategies of <paramref name="player"/> (0-based).</summary>
    public int StrategyCount(int player) => Strategies[player].Length;

    /// <summary>Strategy counts of all players.</summary>
    public ImmutableArray<int> StrategyCounts => Strategies.Select(s => s.Length).ToImmutableArray();

    /// <summary>
    /// Validates and builds a game. <paramref name="payoffs"/> lists, profile by profile in Gambit order,
    /// one payoff per player.
    /// </summary>
    public static NormalFormGame Create(
        string title,
        string comment,
        IReadOnlyList<string> players,
        IReadOnlyList<IReadOnlyList<string>> strategies,
        IReadOnlyList<Rational> payoffs)
    {
        ArgumentNullException.ThrowIfNull(players);
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(payoffs);
        if (players.Count == 0)
        {
            throw new ArgumentException("A game needs at least one player.", nameof(players));
        }

        if (strategies.Count != players.Count)
        {
            throw new ArgumentException($"Expected strategies for {players.Count} players, got {strategies.Count}.", nameof(strategies));
        }

        long profiles = 1;
        foreach (var list in strategies)
        {
            if (list.Count == 0)
            {
                throw new ArgumentException("Every player needs at least one strategy.", nameof(strategies));
            }

            profiles *= list.Count;
            if (profiles > int.MaxValue / players.Count)
            {
                throw new ArgumentException("The game has too many profiles.", nameof(strategies));
            }
        }

        if (payoffs.Count != profiles * players.Count)
        {
            throw new ArgumentException($"Expected {profiles * players.Count} payoffs, got {payoffs.Count}.", nameof(payoffs));
        }

        return new NormalFormGame(
            title ?? string.Empty,
            comment ?? string.Empty,
            [.. players],
            strategies.Select(s => s.ToImmutableArray()).ToImmutableArray(),
            [.. payoffs]);
    }

    /// <summary>Builds a game from per-player payoff functions of the pure profile.</summary>
    public static NormalFormGame FromFunction(
        string title,
        IReadOnlyList<int> strategyCounts,
        Func<int[], int, Rational> payoff)
    {
        ArgumentNullException.ThrowIfNull(strategyCounts);
        ArgumentNullException.ThrowIfNull(payoff);
        int n = strategyCounts.Count;
        var players = Enumerable.Range(1, n).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var strategies = strategyCounts
            .Select(c => (IReadOnlyList<string>)Enumerable.Range(1, c).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        long total = strategyCounts.Aggregate(1L, (a, c) => a * c);
        var values = new Rational[total * n];
        var profile = new int[n];
        for (long k = 0; k < total; k++)
        {
            for (int p = 0; p < n; p++)
            {
                values[(k * n) + p] = payoff(profile, p);
            }

            for (int p = 0; p < n && ++profile[p] == strategyCounts[p]; p++)
            {
                profile[p] = 0;
            }
        }

        return Create(title, string.Empty, players, strategies, values);
    }

    /// <summary>The index of a pure profile (one strategy index per player).</summary>
    public int ProfileIndex(ReadOnlySpan<int> profile)
    {
        int index = 0;
        for (int p = 0; p < strides.Length; p++)
        {
            index += profile[p] * strides[p];
        }

        return index;
    }

    /// <summary>How far the profile index moves when <paramref name="player"/>'s strategy index grows by one.</summary>
    public int Stride(int player) => strides[player];

    /// <summary>Exact payoff of <paramref name="player"/> at the profile with index <paramref name="profileIndex"/>.</summary>
    public Rational Payoff(int profileIndex, int player) => payoffs[(profileIndex * PlayerCount) + player];

    /// <summary>Exact payoff of <paramref name="player"/> at a pure profile.</summary>
    public Rational Payoff(ReadOnlySpan<int> profile, int player) => Payoff(ProfileIndex(profile), player);

    /// <summary>Payoff as a double, for the floating-point solvers.</summary>
    public double PayoffAsDouble(int profileIndex, int player) => payoffsAsDouble[(profileIndex * PlayerCount) + player];

    /// <summary>All exact payoffs, profile-major (see remarks on the type).</summary>
    public ReadOnlySpan<Rational> AllPayoffs => payoffs;

    /// <summary>All payoffs as doubles, profile-major.</summary>
    public ReadOnlySpan<double> AllPayoffsAsDouble => payoffsAsDouble;

    /// <summary>Decodes a profile index into one strategy index per player.</summary>
    public int[] DecodeProfile(int profileIndex)
    {
        var profile = new int[PlayerCount];
        for (int p = 0; p < PlayerCount; p++)
        {
            profile[p] = profileIndex % Strategies[p].Length;
            profileIndex /= Strategies[p].Length;
        }

        return profile;
    }

    /// <summary>
    /// Whether the payoffs sum to the same constant at every profile (zero-sum games included).
    /// </summary>
    public bool IsConstantSum()
    {
        Rational? total = null;
        for (int k = 0; k < ProfileCount; k++)
        {
            Rational sum = Rational.Zero;
            for (int p = 0; p < PlayerCount; p++)
            {
                sum += Payoff(k, p);
            }

            if (total is { } t && t != sum)
            {
                return false;
            }

            total = sum;
        }

        return true;
    }

    /// <summary>This game with <paramref name="player"/>'s payoff at profile <paramref name="profileIndex"/> set to <paramref name="value"/>.</summary>
    public NormalFormGame WithPayoff(int profileIndex, int player, Rational value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(profileIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(profileIndex, ProfileCount);
        ArgumentOutOfRangeException.ThrowIfNegative(player);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(player, PlayerCount);
        var changed = payoffs.ToArray();
        changed[(profileIndex * PlayerCount) + player] = value;
        return Create(Title, Comment, Players, [.. Strategies.Select(s => (IReadOnlyList<string>)s)], changed);
    }

    /// <summary>Structural and exact-payoff equality, used by round-trip tests.</summary>
    public bool IsSameGame(NormalFormGame other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Title == other.Title
            && Players.SequenceEqual(other.Players)
            && Strategies.Length == other.Strategies.Length
            && Strategies.Zip(other.Strategies).All(pair => pair.First.SequenceEqual(pair.Second))
            && payoffs.AsSpan().SequenceEqual(other.payoffs);
    }
}
