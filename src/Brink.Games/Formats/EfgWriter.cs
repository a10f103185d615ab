using System.Globalization;
using System.Text;
using Brink.Games.ExtensiveForm;

namespace Brink.Games.Formats;

/// <summary>Writes a game tree as Gambit's <c>EFG 2 R</c>.</summary>
internal static class EfgWriter
{
    public static string Write(ExtensiveFormGame game)
    {
        var text = new StringBuilder("EFG 2 R ");
        text.AppendQuoted(game.Title).Append(' ').AppendQuotedList(game.Players).Append('\n');
        text.AppendQuoted(game.Comment).Append("\n\n");
        var numbers = SetNumbers(game);
        var outcomeNumbers = OutcomeNumbers(game);
        foreach (var node in game.Nodes)
        {
            if (node.Kind == NodeKind.Terminal)
            {
                text.Append("t ").AppendQuoted(node.Label);
            }
            else
            {
                var set = game.InformationSets[node.InformationSet];
                text.Append(node.Kind == NodeKind.Chance ? "c " : "p ").AppendQuoted(node.Label).Append(' ');
                if (node.Kind == NodeKind.Decision)
                {
                    text.Append(set.Player.ToString(CultureInfo.InvariantCulture)).Append(' ');
                }

                text.Append(numbers[set.Index].ToString(CultureInfo.InvariantCulture)).Append(' ').AppendQuoted(set.Label);
                AppendActions(text, set);
            }

            AppendOutcome(text, game, node.Outcome, outcomeNumbers);
            text.Append('\n');
        }

        return text.ToString();
    }

    private static void AppendActions(StringBuilder text, InformationSet set)
    {
        text.Append(" {");
        for (int a = 0; a < set.Actions.Length; a++)
        {
            text.Append(' ').AppendQuoted(set.Actions[a]);
            if (set.IsChance)
            {
                text.Append(' ').Append(set.Probabilities[a].ToString());
            }
        }

        text.Append(" }");
    }

    private static void AppendOutcome(StringBuilder text, ExtensiveFormGame game, int index, int[] outcomeNumbers)
    {
        if (index < 0)
        {
            text.Append(" 0");
            return;
        }

        var outcome = game.Outcomes[index];
        text.Append(' ').Append(outcomeNumbers[index].ToString(CultureInfo.InvariantCulture)).Append(' ').AppendQuoted(outcome.Label).Append(" {");
        for (int p = 0; p < outcome.Payoffs.Length; p++)
        {
            text.Append(p == 0 ? " " : ", ").Append(outcome.Payoffs[p].ToString());
        }

        text.Append(" }");
    }

    /// <summary>
    /// The outcomes' own numbers when they are distinct and positive (so a file read and written keeps them);
    /// otherwise 1, 2, ... in order, since a hand-built tree may mix numbered and anonymous outcomes.
    /// </summary>
    private static int[] OutcomeNumbers(ExtensiveFormGame game)
    {
        var own = game.Outcomes.Select(o => o.Number).ToArray();
        return own.All(n => n > 0) && own.Distinct().Count() == own.Length
            ? own
            : [.. Enumerable.Range(1, own.Length)];
    }

    /// <summary>
    /// The number each set is written with: its own, except that sets numbered 0 (a chance move of its own,
    /// or a hand-built tree) get fresh numbers above the player's largest, because Gambit numbers from 1.
    /// </summary>
    private static int[] SetNumbers(ExtensiveFormGame game)
    {
        var numbers = new int[game.InformationSets.Length];
        var largest = new Dictionary<int, int>();
        foreach (var set in game.InformationSets)
        {
            largest[set.Player] = Math.Max(largest.GetValueOrDefault(set.Player), set.Number);
        }

        foreach (var set in game.InformationSets)
        {
            numbers[set.Index] = set.Number != 0 ? set.Number : largest[set.Player] = largest[set.Player] + 1;
        }

        return numbers;
    }
}
