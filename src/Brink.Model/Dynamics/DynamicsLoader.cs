using System.Collections.Immutable;
using Brink.Games.Text;
using Brink.Model.Prediction;
using Brink.Model.Situations;
using YamlDotNet.RepresentationModel;

namespace Brink.Model.Dynamics;

/// <summary>
/// Reads a pack's <c>dynamics.yaml</c> (format in docs/simulation.md): <c>version</c>, every rate of the
/// catalogue with its default and description, per trigger kind its severity range and overt/on-soil chances,
/// and the ordered transition rules. Any departure is a <see cref="LocatedFormatException"/> with line and column.
/// </summary>
public static class DynamicsLoader
{
    private static readonly string[] TopKeys = ["version", "rates", "trigger_kinds", "transitions"];
    private static readonly string[] RateKeys = ["default", "description", "source"];
    private static readonly string[] KindKeys = ["severity", "overt", "on_soil"];
    private static readonly string[] RuleKeys = ["when", "weights"];
    private static readonly string[] WhenKeys = ["response", "reply"];
    private static readonly string[] ReplyNames = ["back_down", "proportional", "escalate"];

    /// <summary>Reads and validates the file at <paramref name="path"/>.</summary>
    public static DynamicsParameters Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Validates <paramref name="text"/>; <paramref name="path"/> only names the file in errors.</summary>
    public static DynamicsParameters Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cursor = new YamlCursor(path);
        var root = cursor.Root(text);
        var top = cursor.Entries(root, TopKeys);
        var version = cursor.Required(top, root, "version");
        if (cursor.Scalar(version) != "1")
        {
            throw cursor.Error(version, DynamicsMessages.Version, cursor.Scalar(version));
        }

        var (parameters, rates) = ReadRates(cursor, top[RequiredKey(cursor, top, root, "rates")].Value);
        var kinds = ReadKinds(cursor, top[RequiredKey(cursor, top, root, "trigger_kinds")].Value);
        var rulesNode = top[RequiredKey(cursor, top, root, "transitions")];
        var rules = ReadRules(cursor, rulesNode.Value);
        return parameters with { Rates = rates, Transitions = TriggerTransitionModel.Create(kinds, rules) };
    }

    /// <summary>Like <see cref="Parse"/>, returning the error instead of throwing it.</summary>
    public static bool TryParse(string text, string path, out DynamicsParameters? parameters, out LocatedFormatException? error) =>
        LocatedRead.Try(() => Parse(text, path), out parameters, out error);

    private static string RequiredKey(YamlCursor cursor, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, YamlNode owner, string key)
    {
        cursor.Required(entries, owner, key);
        return key;
    }

    private static (DynamicsParameters Parameters, ImmutableArray<DynamicsRate> Rates) ReadRates(YamlCursor cursor, YamlNode node)
    {
        var mapping = cursor.Mapping(node);
        var entries = cursor.Entries(mapping, [.. DynamicsRateCatalog.All.Select(e => e.Name)]);
        var parameters = new DynamicsParameters();
        var rates = ImmutableArray.CreateBuilder<DynamicsRate>();
        foreach (var (name, (_, value)) in entries)
        {
            var entry = DynamicsRateCatalog.Find(name)!;
            var rate = cursor.Mapping(value);
            var fields = cursor.Entries(rate, RateKeys);
            var defaultNode = cursor.Required(fields, rate, "default");
            double number = entry.IsInteger
                ? cursor.WholeNumber(defaultNode, (int)entry.Lower, (int)entry.Upper)
                : cursor.Number(defaultNode, entry.Lower, entry.Upper);
            string description = cursor.Scalar(cursor.Required(fields, rate, "description"));
            string source = fields.TryGetValue("source", out var sourceNode) ? cursor.Scalar(sourceNode.Value) : string.Empty;
            parameters = entry.Apply(parameters, number);
            rates.Add(new DynamicsRate(name, number, description, source));
        }

        foreach (var entry in DynamicsRateCatalog.All)
        {
            if (!entries.ContainsKey(entry.Name))
            {
                throw cursor.Error(mapping, DynamicsMessages.RequiredKey + entry.Name, "nothing");
            }
        }

        return (parameters, rates.ToImmutable());
    }

    private static ImmutableArray<TriggerKindRule> ReadKinds(YamlCursor cursor, YamlNode node)
    {
        var mapping = cursor.Mapping(node);
        var names = Enum.GetValues<TriggerKind>().Select(TriggerKindNames.Name).ToArray();
        var entries = cursor.Entries(mapping, names);
        var kinds = new TriggerKindRule[names.Length];
        foreach (var kind in Enum.GetValues<TriggerKind>())
        {
            var value = cursor.Required(entries, mapping, TriggerKindNames.Name(kind));
            var rule = cursor.Mapping(value);
            var fields = cursor.Entries(rule, KindKeys);
            var severityNode = cursor.Required(fields, rule, "severity");
            var severity = cursor.Sequence(severityNode);
            if (severity.Children.Count != 2)
            {
                throw cursor.Error(severityNode, DynamicsMessages.SeverityRange, YamlCursor.Describe(severityNode));
            }

            double min = cursor.Number(severity.Children[0], 0, 1);
            double max = cursor.Number(severity.Children[1], 0, 1);
            if (min > max)
            {
                throw cursor.Error(severityNode, DynamicsMessages.SeverityRange, $"[{cursor.Scalar(severity.Children[0])}, {cursor.Scalar(severity.Children[1])}]");
            }

            double overt = cursor.Number(cursor.Required(fields, rule, "overt"), 0, 1);
            double onSoil = cursor.Number(cursor.Required(fields, rule, "on_soil"), 0, 1);
            kinds[(int)kind] = new TriggerKindRule(min, max, overt, onSoil);
        }

        return [.. kinds];
    }

    private static ImmutableArray<TransitionRule> ReadRules(YamlCursor cursor, YamlNode node)
    {
        var sequence = cursor.Sequence(node);
        var rules = ImmutableArray.CreateBuilder<TransitionRule>();
        foreach (var item in sequence.Children)
        {
            var rule = cursor.Mapping(item);
            var fields = cursor.Entries(rule, RuleKeys);
            var when = cursor.Mapping(cursor.Required(fields, rule, "when"));
            var conditions = cursor.Entries(when, WhenKeys);
            var responses = conditions.TryGetValue("response", out var r) ? ReadList(cursor, r.Value, ParseResponse) : [];
            var replies = conditions.TryGetValue("reply", out var q) ? ReadList(cursor, q.Value, ParseReply) : [];
            var weightsNode = cursor.Required(fields, rule, "weights");
            var weightMap = cursor.Mapping(weightsNode);
            var weights = new double[TriggerTransitionModel.TriggerKindCount];
            foreach (var (key, value) in cursor.Entries(weightMap, null))
            {
                if (!TriggerKindNames.TryParse(key, out var kind))
                {
                    throw cursor.Error(value.Key, DynamicsMessages.TriggerKind, key);
                }

                weights[(int)kind] = cursor.Number(value.Value, 0, 1e6);
            }

            if (weights.Sum() <= 0)
            {
                throw cursor.Error(weightsNode, DynamicsMessages.PositiveWeights, "all zero");
            }

            rules.Add(new TransitionRule(responses, replies, [.. weights]));
        }

        var all = rules.ToImmutable();
        foreach (var response in ResponseCategories.All)
        {
            for (int reply = 0; reply < ReplyNames.Length; reply++)
            {
                if (TriggerTransitionModel.FirstMatch(all, response, (AdversaryReply)reply) is null)
                {
                    throw cursor.Error(node, $"{DynamicsMessages.Coverage}({ResponseCategories.Name(response)}, {ReplyNames[reply]})", "none");
                }
            }
        }

        return all;
    }

    internal static ImmutableArray<T> ReadList<T>(YamlCursor cursor, YamlNode node, Func<YamlCursor, YamlNode, T> parse) =>
        node is YamlSequenceNode sequence ? [.. sequence.Children.Select(n => parse(cursor, n))] : [parse(cursor, node)];

    internal static ResponseCategory ParseResponse(YamlCursor cursor, YamlNode node) =>
        ResponseCategories.TryParse(cursor.Scalar(node), out var category) ? category : throw cursor.Error(node, DynamicsMessages.Response, cursor.Scalar(node));

    private static AdversaryReply ParseReply(YamlCursor cursor, YamlNode node)
    {
        int index = Array.IndexOf(ReplyNames, cursor.Scalar(node));
        return index >= 0 ? (AdversaryReply)index : throw cursor.Error(node, DynamicsMessages.Reply, cursor.Scalar(node));
    }
}
