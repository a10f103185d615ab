using System.Globalization;
using System.Text;

namespace Brink.Games.Tests.Verification;

/// <summary>
/// Writes a game tree in Gambit's .efg text, node by node in preorder, the way the regression games were
/// reported: outcomes on any node, a numbered outcome's payoffs written at its first use only.
/// </summary>
internal sealed class EfgText
{
    private readonly StringBuilder text = new();
    private readonly HashSet<int> written = [];

    public EfgText(string title, params string[] players)
    {
        text.Append(CultureInfo.InvariantCulture, $"EFG 2 R \"{title}\" {{ {string.Join(' ', players.Select(p => $"\"{p}\""))} }}\n\"\"\n\n");
    }

    public void Decision(int player, int set, string[] actions, int outcome = 0, params int[] payoffs) =>
        text.Append(CultureInfo.InvariantCulture, $"p \"\" {player} {set} \"\" {{ {string.Join(' ', actions.Select(a => $"\"{a}\""))} }} {Outcome(outcome, payoffs)}\n");

    /// <summary>A chance node; <paramref name="set"/> 0 would be one set per node, so give each a number.</summary>
    public void Chance(int set, (string Action, string Probability)[] moves, int outcome = 0, params int[] payoffs) =>
        text.Append(CultureInfo.InvariantCulture, $"c \"\" {set} \"\" {{ {string.Join(' ', moves.Select(m => $"\"{m.Action}\" {m.Probability}"))} }} {Outcome(outcome, payoffs)}\n");

    public void Terminal(int outcome, params int[] payoffs) =>
        text.Append(CultureInfo.InvariantCulture, $"t \"\" {Outcome(outcome, payoffs)}\n");

    public override string ToString() => text.ToString();

    // Outcome 0 is none; a numbered outcome carries its payoffs the first time only (Gambit allows either).
    private string Outcome(int number, int[] payoffs)
    {
        if (number == 0)
        {
            return "0";
        }

        if (!written.Add(number))
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{number} \"o{number}\" {{ {string.Join(", ", payoffs)} }}");
    }
}
