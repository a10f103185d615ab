using System.Collections.Immutable;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Dynamics;

/// <summary>
/// The mutable state of one simulated trajectory: the numbers the dynamics move, over a template situation that
/// supplies everything they leave alone (ids, third parties, the mediator, military parity). A simulation keeps
/// one per worker and resets it per run, so a step allocates nothing. Invariant: every 0..1 quantity stays on
/// 0..1 (the transition clamps); proxy and adversary arrays have the template's lengths and order.
/// </summary>
public sealed class CrisisStateBuilder
{
    private readonly double[] proxyStrength;
    private readonly double[] resolve;
    private readonly double[] threatCredibility;
    private readonly double[] engagement;
    private readonly double[] hostilityRhetoric;
    private readonly int[] electionMonths;

    // A policy's pins (see CrisisPolicy): per situation input, the value it holds (NaN: not pinned) and, for the
    // quantities this builder tracks, how to write it; the rest are applied to the template in ToSituation.
    private SituationInput[] pinInputs = [];
    private Action<CrisisStateBuilder, double>?[] pinSetters = [];
    private double[] pins = [];

    // The template with the pins this builder does not track already applied, and the (rounded) values they were
    // applied at (NaN: unpinned): pins change a few times per run but Build runs on every solve, and re-applying a
    // pin cloned the situation, its state and a collection each time.
    private Situation pinnedTemplate;
    private double[] pinnedAt = [];

    /// <summary>Starts from <paramref name="template"/>'s trigger and state.</summary>
    public CrisisStateBuilder(Situation template)
    {
        ArgumentNullException.ThrowIfNull(template);
        Template = template;
        pinnedTemplate = template;
        var adversaries = template.State.Adversaries;
        proxyStrength = new double[template.State.Proxies.Length];
        resolve = new double[adversaries.Length];
        threatCredibility = new double[adversaries.Length];
        engagement = new double[adversaries.Length];
        hostilityRhetoric = new double[adversaries.Length];
        electionMonths = new int[adversaries.Length];
        Reset();
    }

    /// <summary>Longest election clock kept (about 833 years); longer ones are clamped to it.</summary>
    public const int MaxElectionMonths = 9999;

    /// <summary>The situation this trajectory started from.</summary>
    public Situation Template { get; }

    /// <summary>Economic health.</summary>
    public double Economy { get; set; }

    /// <summary>Severity of sanctions in force.</summary>
    public double Sanctions { get; set; }

    /// <summary>
    /// The accumulated burden of sanctions on 0..1: a stock built by months of pressure, not the current rate.
    /// Hidden (not a situation field): the solver sees it only through the economy, unrest and legitimacy it moves.
    /// Starts at the starting sanctions (already in force, already felt).
    /// </summary>
    public double Burden { get; set; }

    /// <summary>
    /// Weight of the hard-line camp. Sustained pressure raises it (<c>hardliners.from_pressure</c>) and it relaxes
    /// toward the template's value once pressure is off; the decision model reads it as the shift of weight from
    /// economy to face.
    /// </summary>
    public double HardlinerInfluence { get; set; }

    /// <summary>Domestic discontent.</summary>
    public double Unrest { get; set; }

    /// <summary>Regime legitimacy.</summary>
    public double Legitimacy { get; set; }

    /// <summary>Credibility of the focal actor's threats.</summary>
    public double DeterrenceCredibility { get; set; }

    /// <summary>Nuclear leverage.</summary>
    public double NuclearLatency { get; set; }

    /// <summary>An open interstate war is under way.</summary>
    public bool WarOngoing { get; set; }

    /// <summary>Months to the focal state's own election; −1 when not given.</summary>
    public int OwnElectionMonths { get; set; }

    /// <summary>Months since the start.</summary>
    public int MonthsElapsed { get; set; }

    /// <summary>Kind of the trigger now to be answered.</summary>
    public TriggerKind TriggerKind { get; set; }

    /// <summary>Its initiator: an adversary index, or <see cref="TriggerInitiator.Domestic"/> / <see cref="TriggerInitiator.Original"/>.</summary>
    public int TriggerInitiatorIndex { get; set; }

    /// <summary>Its severity.</summary>
    public double TriggerSeverity { get; set; }

    /// <summary>Whether it is overt.</summary>
    public bool TriggerOvert { get; set; }

    /// <summary>Whether it is on the focal state's soil.</summary>
    public bool TriggerOnSoil { get; set; }

    /// <summary>Number of partners.</summary>
    public int ProxyCount => proxyStrength.Length;

    /// <summary>Number of adversaries.</summary>
    public int AdversaryCount => resolve.Length;

    /// <summary>Mean strength of the partners; 0 without any.</summary>
    public double MeanProxyStrength
    {
        get
        {
            if (proxyStrength.Length == 0)
            {
                return 0;
            }

            double sum = 0;
            foreach (double s in proxyStrength)
            {
                sum += s;
            }

            return sum / proxyStrength.Length;
        }
    }

    /// <summary>Strength of partner <paramref name="index"/> (template order).</summary>
    public double ProxyStrength(int index) => proxyStrength[index];

    /// <summary>Sets the strength of partner <paramref name="index"/>.</summary>
    public void SetProxyStrength(int index, double strength) => proxyStrength[index] = strength;

    /// <summary>Resolve of adversary <paramref name="index"/>.</summary>
    public double Resolve(int index) => resolve[index];

    /// <summary>Sets the resolve of adversary <paramref name="index"/> (it is emboldened by blows left standing).</summary>
    public void SetResolve(int index, double value) => resolve[index] = value;

    /// <summary>Threat credibility of adversary <paramref name="index"/>.</summary>
    public double ThreatCredibility(int index) => threatCredibility[index];

    /// <summary>Engagement on offer from adversary <paramref name="index"/>.</summary>
    public double Engagement(int index) => engagement[index];

    /// <summary>Sets the engagement on offer from adversary <paramref name="index"/>.</summary>
    public void SetEngagement(int index, double value) => engagement[index] = value;

    /// <summary>Hostile rhetoric of adversary <paramref name="index"/>.</summary>
    public double HostilityRhetoric(int index) => hostilityRhetoric[index];

    /// <summary>Months to adversary <paramref name="index"/>'s election; −1 when not given.</summary>
    public int ElectionMonths(int index) => electionMonths[index];

    /// <summary>Sets the months to adversary <paramref name="index"/>'s election.</summary>
    public void SetElectionMonths(int index, int months) => electionMonths[index] = months;

    /// <summary>The index of the adversary with this id, or −1.</summary>
    public int AdversaryIndex(string? id)
    {
        var adversaries = Template.State.Adversaries;
        for (int i = 0; i < adversaries.Length; i++)
        {
            if (adversaries[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Number of situation inputs a policy can pin (0 until <see cref="UsePins"/>).</summary>
    public int PinCount => pins.Length;

    /// <summary>The value input <paramref name="index"/> is pinned at, or NaN.</summary>
    public double Pin(int index) => pins[index];

    /// <summary>Lets a policy pin <paramref name="inputs"/> (the template's <see cref="SituationInput"/>s, by index).</summary>
    public void UsePins(IReadOnlyList<SituationInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        pinInputs = [.. inputs];
        pinSetters = [.. inputs.Select(i => Setter(i.Key))];
        pins = new double[inputs.Count];
        Array.Fill(pins, double.NaN);
        pinnedTemplate = Template;
        pinnedAt = new double[inputs.Count];
        Array.Fill(pinnedAt, double.NaN);
    }

    /// <summary>Pins input <paramref name="index"/> at <paramref name="value"/> until pinned again or reset.</summary>
    public void SetPin(int index, double value) => pins[index] = value;

    /// <summary>Writes every pinned value over what the dynamics produced (a policy does this at the start of a step).</summary>
    public void ApplyPins()
    {
        for (int i = 0; i < pins.Length; i++)
        {
            if (!double.IsNaN(pins[i]))
            {
                pinSetters[i]?.Invoke(this, pins[i]);
            }
        }
    }

    // The builder's own field for a situation input key, or null for attributes it leaves to the template.
    private Action<CrisisStateBuilder, double>? Setter(string key)
    {
        switch (key)
        {
            case "trigger.severity": return (b, v) => b.TriggerSeverity = v;
            case "state.economy": return (b, v) => b.Economy = v;
            case "state.sanctions": return (b, v) => b.Sanctions = v;
            case "state.unrest": return (b, v) => b.Unrest = v;
            case "state.legitimacy": return (b, v) => b.Legitimacy = v;
            case "state.deterrence_credibility": return (b, v) => b.DeterrenceCredibility = v;
            case "state.nuclear_latency": return (b, v) => b.NuclearLatency = v;
            case "state.hardliner_influence": return (b, v) => b.HardlinerInfluence = v;
        }

        var state = Template.State;
        for (int i = 0; i < state.Adversaries.Length; i++)
        {
            int index = i;
            string prefix = $"state.adversaries.{state.Adversaries[i].Id}.";
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return key[prefix.Length..] switch
                {
                    "resolve" => (b, v) => b.resolve[index] = v,
                    "threat_credibility" => (b, v) => b.threatCredibility[index] = v,
                    "engagement" => (b, v) => b.engagement[index] = v,
                    "hostility_rhetoric" => (b, v) => b.hostilityRhetoric[index] = v,
                    _ => null,
                };
            }
        }

        for (int i = 0; i < state.Proxies.Length; i++)
        {
            int index = i;
            if (key == $"state.proxies.{state.Proxies[i].Name}")
            {
                return (b, v) => b.proxyStrength[index] = v;
            }
        }

        return null;
    }

    /// <summary>Returns to the template's state, without allocating.</summary>
    public void Reset()
    {
        var state = Template.State;
        Economy = state.Economy;
        Sanctions = state.Sanctions;
        Burden = state.Sanctions;
        HardlinerInfluence = state.HardlinerInfluence;
        Unrest = state.Unrest;
        Legitimacy = state.Legitimacy;
        DeterrenceCredibility = state.DeterrenceCredibility;
        NuclearLatency = state.NuclearLatency;
        WarOngoing = state.WarOngoing;
        OwnElectionMonths = ElectionClock(state.OwnElectionMonths);
        MonthsElapsed = 0;
        Array.Fill(pins, double.NaN);
        for (int i = 0; i < proxyStrength.Length; i++)
        {
            proxyStrength[i] = state.Proxies[i].Strength;
        }

        for (int i = 0; i < resolve.Length; i++)
        {
            var adversary = state.Adversaries[i];
            resolve[i] = adversary.Resolve;
            threatCredibility[i] = adversary.ThreatCredibility;
            engagement[i] = adversary.Engagement;
            hostilityRhetoric[i] = adversary.HostilityRhetoric;
            electionMonths[i] = ElectionClock(adversary.ElectionMonths);
        }

        var trigger = Template.Trigger;
        TriggerKind = trigger.Kind;
        TriggerInitiatorIndex = trigger.By == TriggerInitiator.DomesticId ? TriggerInitiator.Domestic
            : AdversaryIndex(trigger.By) is >= 0 and var index ? index : TriggerInitiator.Original;
        TriggerSeverity = trigger.Severity;
        TriggerOvert = trigger.Overt;
        TriggerOnSoil = trigger.OnSoil;
    }

    // −1 for "not given"; a clock is kept within 0..MaxElectionMonths so it always fits a simulation's cache key.
    private static int ElectionClock(int? months) => months is { } m ? Math.Clamp(m, 0, MaxElectionMonths) : -1;

    /// <summary>
    /// The current state as a situation. With <paramref name="grid"/> &gt; 0 every continuous quantity is rounded
    /// to the nearest multiple of it (a simulation solves that rounded situation and caches the answer).
    /// </summary>
    public Situation ToSituation(double grid = 0) => Build(grid, Sanctions);

    /// <summary>
    /// The decision point as the leader feels it: <see cref="ToSituation"/> with the sanctions field set to the
    /// accumulated <see cref="Burden"/> instead of the sanctions in force. The decision model reads sanctions only
    /// as the pain they cause (pain = sanctions · (1 − economy), the breaking point's pressure), and that pain is
    /// the stock months of pressure have built, not the rate announced this month. The two are equal at the start
    /// and in any steady state, so a simulation's first step still matches <c>brink predict</c>.
    /// </summary>
    public Situation ToDecisionPoint(double grid = 0) => Build(grid, Burden);

    private Situation Build(double grid, double sanctions)
    {
        double R(double value) => grid > 0 ? Discretise(value, grid) : value;
        var template = PinnedTemplate(grid);
        var state = template.State;
        var proxies = ImmutableArray.CreateBuilder<Proxy>(proxyStrength.Length);
        for (int i = 0; i < proxyStrength.Length; i++)
        {
            proxies.Add(state.Proxies[i] with { Strength = R(proxyStrength[i]) });
        }

        var adversaries = ImmutableArray.CreateBuilder<Adversary>(resolve.Length);
        for (int i = 0; i < resolve.Length; i++)
        {
            adversaries.Add(state.Adversaries[i] with
            {
                Resolve = R(resolve[i]),
                ThreatCredibility = R(threatCredibility[i]),
                Engagement = R(engagement[i]),
                HostilityRhetoric = R(hostilityRhetoric[i]),
                ElectionMonths = electionMonths[i] < 0 ? null : electionMonths[i],
            });
        }

        var world = state with
        {
            Economy = R(Economy),
            Sanctions = R(sanctions),
            Unrest = R(Unrest),
            Legitimacy = R(Legitimacy),
            DeterrenceCredibility = R(DeterrenceCredibility),
            NuclearLatency = R(NuclearLatency),
            Proxies = proxies.MoveToImmutable(),
            Adversaries = adversaries.MoveToImmutable(),
            OwnElectionMonths = OwnElectionMonths < 0 ? null : OwnElectionMonths,
            WarOngoing = WarOngoing,
            HardlinerInfluence = R(HardlinerInfluence),
        };
        string by = TriggerInitiatorIndex switch
        {
            >= 0 => state.Adversaries[TriggerInitiatorIndex].Id,
            TriggerInitiator.Domestic => TriggerInitiator.DomesticId,
            _ => Template.Trigger.By,
        };
        bool sameTrigger = MonthsElapsed == 0;
        var trigger = new Trigger(by, TriggerKind, R(TriggerSeverity), TriggerOvert, TriggerOnSoil, sameTrigger ? Template.Trigger.Casualties : null);
        return template with { Date = Template.Date.AddMonths(MonthsElapsed), Trigger = trigger, State = world, Outcome = null };
    }

    // The template with every pin that has no setter applied at its rounded value. Such pins set only attributes
    // Build copies from the template unchanged (parity, third parties), so applying them before Build's own fields
    // gives the situation that applying them after did; the result is rebuilt only when a rounded value changes.
    private Situation PinnedTemplate(double grid)
    {
        bool changed = false;
        for (int i = 0; i < pins.Length; i++)
        {
            if (pinSetters[i] is null)
            {
                double value = double.IsNaN(pins[i]) || grid <= 0 ? pins[i] : Discretise(pins[i], grid);
                changed |= BitConverter.DoubleToInt64Bits(value) != BitConverter.DoubleToInt64Bits(pinnedAt[i]);
                pinnedAt[i] = value;
            }
        }

        if (changed)
        {
            pinnedTemplate = Template;
            for (int i = 0; i < pins.Length; i++)
            {
                if (pinSetters[i] is null && !double.IsNaN(pinnedAt[i]))
                {
                    pinnedTemplate = pinInputs[i].Apply(pinnedTemplate, pinnedAt[i]);
                }
            }
        }

        return pinnedTemplate;
    }

    /// <summary>The grid level of <paramref name="value"/> (nearest multiple of <paramref name="grid"/>, halves away from zero).</summary>
    public static int Level(double value, double grid) => (int)Math.Round(value / grid, MidpointRounding.AwayFromZero);

    /// <summary>The value on the grid nearest to <paramref name="value"/>, kept on 0..1.</summary>
    public static double Discretise(double value, double grid) => Math.Clamp(Level(value, grid) * grid, 0, 1);
}
