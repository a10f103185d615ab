using System.Text;

namespace Brink.Games.Tests.Formats;

/// <summary>Ways to damage a game file: truncate, delete, replace or insert characters, swap or repeat tokens.</summary>
internal static class Mutations
{
    private static readonly string[] Pieces =
        ["{", "}", "\"", "\\", ",", " ", "\n", "0", "1", "9", "-", "/", ".", "e", "p", "c", "t", "x", "\u0000", "99999999999", "1e5000", "1/0", "-1"];

    /// <summary>Applies one to three random mutations.</summary>
    public static string Apply(string text, Random random)
    {
        int count = random.Next(1, 4);
        for (int i = 0; i < count && text.Length > 0; i++)
        {
            text = random.Next(6) switch
            {
                0 => text[..random.Next(text.Length)],
                1 => Delete(text, random),
                2 => Replace(text, random),
                3 => text.Insert(random.Next(text.Length + 1), Pieces[random.Next(Pieces.Length)]),
                4 => SwapTokens(text, random),
                _ => RepeatLine(text, random),
            };
        }

        return text;
    }

    private static string Delete(string text, Random random)
    {
        int start = random.Next(text.Length);
        return text.Remove(start, Math.Min(random.Next(1, 11), text.Length - start));
    }

    private static string Replace(string text, Random random)
    {
        int at = random.Next(text.Length);
        return string.Concat(text.AsSpan(0, at), Pieces[random.Next(Pieces.Length)], text.AsSpan(at + 1));
    }

    private static string SwapTokens(string text, Random random)
    {
        var tokens = text.Split(' ');
        if (tokens.Length < 2)
        {
            return text;
        }

        int a = random.Next(tokens.Length), b = random.Next(tokens.Length);
        (tokens[a], tokens[b]) = (tokens[b], tokens[a]);
        return string.Join(' ', tokens);
    }

    private static string RepeatLine(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        int at = random.Next(lines.Count);
        lines.Insert(at, lines[at]);
        return new StringBuilder().AppendJoin('\n', lines).ToString();
    }
}
