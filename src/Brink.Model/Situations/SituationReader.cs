using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Brink.Games.Text;
using Brink.Model.Dynamics;
using Brink.Model.Yaml;
using YamlDotNet.RepresentationModel;

namespace Brink.Model.Situations;

/// <summary>
/// One pass over a situation file that records every contract violation and still builds the best situation it
/// can, so <c>brink check</c> can list all errors at once. Required: id, date, focal, trigger (by, kind), state.
/// </summary>
internal sealed partial class SituationReader
{
    private static readonly string[] TopKeys = ["id", "date", "title", "focal", "trigger", "state", "outcome"];
    private static readonly string[] TriggerKeys = ["by", "kind", "severity", "overt", "on_soil", "casualties"];
    private static readonly string[] OutcomeKeys = ["primary", "also", "within_days", "description", "source"];

    private readonly YamlFieldReader fields = new();
    private readonly string path;
    private YamlNode? initiatorNode;

    private SituationReader(string path) => this.path = path;

    public static (Situation? Situation, IReadOnlyList<LocatedFormatException> Errors) Read(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        var reader = new SituationReader(path);
        var situation = reader.ReadDocument(text);
        var errors = reader.fields.Issues
            .OrderBy(i => i.Line).ThenBy(i => i.Column)
            .Select(i => new LocatedFormatException(path, i.Line, i.Column, i.Expected, i.Found))
            .ToList();
        return (errors.Count == 0 ? situation : null, errors);
    }

    [GeneratedRegex("^[a-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    private Situation? ReadDocument(string text)
    {
        if (fields.Root(text) is not { } root)
        {
            return null;
        }

        var entries = fields.Entries(root, TopKeys);
        string id = ReadId(fields.Required(entries, root, "id"));
        var date = ReadDate(fields.Required(entries, root, "date"));
        string focal = ReadActor(fields.Required(entries, root, "focal"));
        string title = entries.TryGetValue("title", out var titleNode) ? fields.Scalar(titleNode) ?? string.Empty : id;
        var trigger = fields.Required(entries, root, "trigger") is { } t ? ReadTrigger(t) : null;
        var state = fields.Required(entries, root, "state") is { } s ? ReadState(s) : null;
        var outcome = entries.TryGetValue("outcome", out var o) ? ReadOutcome(o) : null;
        CheckInitiator(trigger, state);
        return trigger is null || state is null
            ? null
            : new Situation(id, date, title, focal, trigger, state, outcome, path);
    }

    /// <summary>
    /// The trigger's initiator must be <c>domestic</c> or an actor listed under <c>state.adversaries</c>: the
    /// model answers that adversary, and guessing another would silently answer the wrong one.
    /// </summary>
    private void CheckInitiator(Trigger? trigger, WorldState? state)
    {
        if (trigger is null || state is null || initiatorNode is null || trigger.By.Length == 0 || trigger.By == Dynamics.TriggerInitiator.DomesticId)
        {
            return;
        }

        if (!state.Adversaries.Any(a => a.Id == trigger.By))
        {
            var listed = state.Adversaries.IsEmpty ? "none listed" : "listed: " + string.Join(", ", state.Adversaries.Select(a => a.Id));
            fields.Report(initiatorNode, SituationMessages.Initiator + " (" + listed + ")", trigger.By);
        }
    }

    private string ReadId(YamlNode? node)
    {
        if (node is null || fields.Scalar(node) is not { } id)
        {
            return string.Empty;
        }

        if (!IdPattern().IsMatch(id))
        {
            fields.Report(node, SituationMessages.Id, id);
        }

        return id;
    }

    private DateOnly ReadDate(YamlNode? node)
    {
        if (node is null || fields.Scalar(node) is not { } text)
        {
            return default;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        fields.Report(node, SituationMessages.Date, text);
        return default;
    }

    private string ReadActor(YamlNode? node)
    {
        if (node is null || fields.Scalar(node) is not { } actor)
        {
            return string.Empty;
        }

        if (string.IsNullOrWhiteSpace(actor))
        {
            fields.Report(node, SituationMessages.ActorId, actor);
        }

        return actor;
    }

    private Trigger? ReadTrigger(YamlNode node)
    {
        if (fields.Mapping(node) is not { } mapping)
        {
            return null;
        }

        var entries = fields.Entries(mapping, TriggerKeys);
        initiatorNode = fields.Required(entries, mapping, "by");
        string by = ReadActor(initiatorNode);
        var kind = TriggerKind.None;
        if (fields.Required(entries, mapping, "kind") is { } kindNode && fields.Scalar(kindNode) is { } kindText
            && !TriggerKindNames.TryParse(kindText, out kind))
        {
            fields.Report(kindNode, SituationMessages.TriggerKind, kindText);
        }

        return new Trigger(
            by,
            kind,
            fields.Fraction(entries.GetValueOrDefault("severity"), SituationDefaults.Severity),
            fields.Boolean(entries.GetValueOrDefault("overt"), SituationDefaults.Overt),
            fields.Boolean(entries.GetValueOrDefault("on_soil"), SituationDefaults.OnSoil),
            fields.WholeNumber(entries.GetValueOrDefault("casualties"), 0, int.MaxValue));
    }

    private CaseOutcome? ReadOutcome(YamlNode node)
    {
        if (fields.Mapping(node) is not { } mapping)
        {
            return null;
        }

        var entries = fields.Entries(mapping, OutcomeKeys);
        var primary = fields.Required(entries, mapping, "primary") is { } p ? ReadCategory(p) : ResponseCategory.Restrain;
        var also = ImmutableArray.CreateBuilder<ResponseCategory>();
        if (entries.TryGetValue("also", out var alsoNode) && fields.Sequence(alsoNode) is { } sequence)
        {
            foreach (var item in sequence.Children)
            {
                also.Add(ReadCategory(item));
            }
        }

        return new CaseOutcome(
            primary,
            also.ToImmutable(),
            fields.WholeNumber(entries.GetValueOrDefault("within_days"), 0, int.MaxValue),
            entries.TryGetValue("description", out var d) ? fields.Scalar(d) ?? string.Empty : string.Empty,
            entries.TryGetValue("source", out var s) ? fields.Scalar(s) ?? string.Empty : string.Empty);
    }

    private ResponseCategory ReadCategory(YamlNode node)
    {
        if (fields.Scalar(node) is not { } text)
        {
            return ResponseCategory.Restrain;
        }

        if (!ResponseCategories.TryParse(text, out var category))
        {
            fields.Report(node, SituationMessages.Category, text);
        }

        return category;
    }
}
