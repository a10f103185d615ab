using System.Collections.Immutable;
using Brink.Games.Text;
using Brink.Model.Prediction;
using Brink.Model.Situations;
using YamlDotNet.RepresentationModel;

namespace Brink.Model.Dynamics;

/// <summary>
/// Reads a policy file (docs/simulation.md, "Policies"): an optional <c>description</c> and a <c>schedule</c> of
/// entries, each with <c>step</c> (1..horizon), an optional <c>when: {response: [...]}</c> and <c>set</c>, a
/// mapping from situation input paths (the paths <c>brink sweep --vary</c> takes, from
/// <see cref="SituationInput.Of"/>) to values on 0..1. Any departure is a <see cref="LocatedFormatException"/>
/// with line and column.
/// </summary>
public static class PolicyLoader
{
    private static readonly string[] TopKeys = ["description", "schedule"];
    private static readonly string[] EntryKeys = ["step", "when", "set"];
    private static readonly string[] WhenKeys = ["response"];

    /// <summary>Reads the file at <paramref name="path"/> against <paramref name="situation"/>'s inputs and <paramref name="horizon"/>.</summary>
    public static CrisisPolicy Load(string path, Situation situation, int horizon) => Parse(File.ReadAllText(path), path, situation, horizon);

    /// <summary>Validates <paramref name="text"/>; <paramref name="path"/> only names the file in errors.</summary>
    public static CrisisPolicy Parse(string text, string path, Situation situation, int horizon)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(situation);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        var cursor = new YamlCursor(path);
        var root = cursor.Root(text);
        var top = cursor.Entries(root, TopKeys);
        var inputs = SituationInput.Of(situation);
        var schedule = cursor.Sequence(cursor.Required(top, root, "schedule"));
        var entries = ImmutableArray.CreateBuilder<PolicyEntry>();
        foreach (var item in schedule.Children)
        {
            entries.Add(ReadEntry(cursor, item, inputs, horizon));
        }

        return new CrisisPolicy(path, inputs, entries.ToImmutable());
    }

    /// <summary>Like <see cref="Parse"/>, returning the error instead of throwing it.</summary>
    public static bool TryParse(string text, string path, Situation situation, int horizon, out CrisisPolicy? policy, out LocatedFormatException? error) =>
        LocatedRead.Try(() => Parse(text, path, situation, horizon), out policy, out error);

    private static PolicyEntry ReadEntry(YamlCursor cursor, YamlNode node, ImmutableArray<SituationInput> inputs, int horizon)
    {
        var entry = cursor.Mapping(node);
        var fields = cursor.Entries(entry, EntryKeys);
        int step = cursor.WholeNumber(cursor.Required(fields, entry, "step"), 1, horizon);
        var when = ImmutableArray<ResponseCategory>.Empty;
        if (fields.TryGetValue("when", out var whenNode))
        {
            var mapping = cursor.Mapping(whenNode.Value);
            var conditions = cursor.Entries(mapping, WhenKeys);
            when = DynamicsLoader.ReadList(cursor, cursor.Required(conditions, mapping, "response"), DynamicsLoader.ParseResponse);
        }

        var set = cursor.Mapping(cursor.Required(fields, entry, "set"));
        var settings = ImmutableArray.CreateBuilder<PolicySetting>();
        foreach (var (path, (key, value)) in cursor.Entries(set, null))
        {
            int index = IndexOf(inputs, path);
            if (index < 0)
            {
                string known = string.Join(", ", inputs.Select(i => i.Key));
                throw cursor.Error(key, DynamicsMessages.InputPath + known, path);
            }

            settings.Add(new PolicySetting(index, path, cursor.Number(value, 0, 1)));
        }

        return new PolicyEntry(step, when, settings.ToImmutable());
    }

    private static int IndexOf(ImmutableArray<SituationInput> inputs, string path)
    {
        for (int i = 0; i < inputs.Length; i++)
        {
            if (inputs[i].Key == path)
            {
                return i;
            }
        }

        return -1;
    }
}
