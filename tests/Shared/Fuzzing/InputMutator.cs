using System.Text;

namespace Brink.Fuzzing;

/// <summary>
/// Deterministic mutations of an input file or command-line spec: byte, token and structure edits plus the
/// hostile shapes a parser must survive (huge and special numbers, 10,000-deep nesting, invalid UTF-8, a
/// 1 MB line, an empty file, a BOM, tabs, CRLF). The same (seed bytes, Random state) always gives the same
/// mutant, so a failing case is replayed from its seed and index alone.
/// </summary>
/// <remarks>
/// Shared as source by the test project (a few thousand cases per CI run) and by <c>bench/Brink.Bench --fuzz</c>
/// (long runs); linking one file into both keeps the bench from depending on the tests or the tests on the bench.
/// </remarks>
internal static class InputMutator
{
    /// <summary>Numbers that break naive parsing or arithmetic.</summary>
    public static readonly string[] HostileNumbers =
    [
        "1e308", "-1e308", "1e309", "99999999999999999999", "-99999999999999999999", "-0", "NaN", "nan", ".nan",
        "Infinity", "-Infinity", ".inf", "-.inf", "2147483647", "2147483648", "-2147483649", "4294967296", "9223372036854775808",
        "1e-400", "0x10", "1/0", "0/0", "1e4001", "1_000", "+", "-", ".", "e5", "1e", "0.1.2",
    ];

    private static readonly string[] HostileFragments =
    [
        "\t", "\r\n", "\r", "\0", "\"", "'", "\\", ":", ": ", "- ", "{", "}", "[", "]", ",", "#", "&a", "*a", "!!str",
        "<<: *a", "---", "...", "|", ">", "%YAML 1.2", "?", "@", "`", "\u2028", "\uFFFD", "\U0001F600",
    ];

    private const int MutationKinds = 24;

    /// <summary>One mutant of <paramref name="input"/>: one to three edits chosen by <paramref name="random"/>.</summary>
    public static byte[] Mutate(byte[] input, Random random)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(random);
        var bytes = input;
        int edits = 1 + random.Next(3);
        for (int i = 0; i < edits; i++)
        {
            bytes = MutateOnce(bytes, random.Next(MutationKinds), random);
        }

        return bytes;
    }

    /// <summary>One mutant of a command-line spec such as <c>state.sanctions=0:1:3</c>.</summary>
    public static string MutateSpec(string spec, Random random)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        var bytes = Encoding.UTF8.GetBytes(spec);
        int kind = random.Next(MutationKinds);
        // Specs are short and on a command line: a 1 MB or 10,000-deep mutant is still useful but one in eight is enough.
        if (kind is 10 or 11 or 12 && random.Next(8) != 0)
        {
            kind = 5;
        }

        return Encoding.UTF8.GetString(MutateOnce(bytes, kind, random)).Replace("\0", string.Empty, StringComparison.Ordinal);
    }

    private static byte[] MutateOnce(byte[] bytes, int kind, Random random) => kind switch
    {
        0 => DeleteRange(bytes, random),
        1 => DuplicateRange(bytes, random),
        2 => bytes[..random.Next(bytes.Length + 1)],
        3 => FlipByte(bytes, random),
        4 => Insert(bytes, random, RandomBytes(random)),
        5 => ReplaceToken(bytes, random, Ascii(HostileNumbers[random.Next(HostileNumbers.Length)]), numbersOnly: true),
        6 => ReplaceToken(bytes, random, Ascii(HostileNumbers[random.Next(HostileNumbers.Length)]), numbersOnly: false),
        7 => DeleteToken(bytes, random),
        8 => DuplicateToken(bytes, random),
        9 => Insert(bytes, random, Encoding.UTF8.GetBytes(HostileFragments[random.Next(HostileFragments.Length)])),
        10 => Insert(bytes, random, Nesting(random)),
        11 => Insert(bytes, random, LongLine(random)),
        12 => ReplaceToken(bytes, random, Ascii(new string('9', 1 + random.Next(5000))), numbersOnly: true),
        13 => [],
        14 => [0xEF, 0xBB, 0xBF, .. bytes],
        15 => Replace(bytes, "  ", "\t"),
        16 => Replace(bytes, "\n", "\r\n"),
        17 => Insert(bytes, random, InvalidUtf8(random)),
        18 => DeleteLine(bytes, random),
        19 => DuplicateLine(bytes, random),
        20 => SwapLines(bytes, random),
        21 => IndentLine(bytes, random),
        22 => SwapTokens(bytes, random),
        _ => Replace(bytes, "\n", "\r"),
    };

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static byte[] DeleteRange(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        int start = random.Next(bytes.Length);
        int length = 1 + random.Next(Math.Min(64, bytes.Length - start));
        return [.. bytes[..start], .. bytes[(start + length)..]];
    }

    private static byte[] DuplicateRange(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        int start = random.Next(bytes.Length);
        int length = 1 + random.Next(Math.Min(256, bytes.Length - start));
        int times = random.Next(4) == 0 ? 200 : 1;
        var copy = new List<byte>(bytes.Length + (length * times));
        copy.AddRange(bytes[..(start + length)]);
        for (int i = 0; i < times; i++)
        {
            copy.AddRange(bytes[start..(start + length)]);
        }

        copy.AddRange(bytes[(start + length)..]);
        return [.. copy];
    }

    private static byte[] FlipByte(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var copy = (byte[])bytes.Clone();
        copy[random.Next(copy.Length)] = (byte)random.Next(256);
        return copy;
    }

    private static byte[] RandomBytes(Random random)
    {
        var extra = new byte[1 + random.Next(16)];
        random.NextBytes(extra);
        return extra;
    }

    private static byte[] InvalidUtf8(Random random) => random.Next(5) switch
    {
        0 => [0xFF],
        1 => [0xC3, 0x28],
        2 => [0xE2, 0x82],
        3 => [0xED, 0xA0, 0x80],
        _ => [0xF8, 0x88, 0x80, 0x80, 0x80],
    };

    private static byte[] Nesting(Random random)
    {
        int depth = random.Next(2) == 0 ? 10_000 : 1 + random.Next(200);
        string open, close;
        switch (random.Next(5))
        {
            case 0: (open, close) = ("[", "]"); break;
            case 1: (open, close) = ("{", "}"); break;
            case 2: (open, close) = ("{a: ", "}"); break;
            case 3: (open, close) = ("- ", string.Empty); break;
            default: (open, close) = ("{ \"a\" ", "}"); break;
        }

        var text = new StringBuilder((open.Length + close.Length) * depth);
        for (int i = 0; i < depth; i++)
        {
            text.Append(open);
        }

        // Sometimes left unclosed: the parser must report the end, not recurse off it.
        if (random.Next(3) != 0)
        {
            for (int i = 0; i < depth; i++)
            {
                text.Append(close);
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] LongLine(Random random)
    {
        char fill = "a9 \"-:,{"[random.Next(8)];
        return Encoding.UTF8.GetBytes(new string(fill, 1 << 20));
    }

    private static byte[] Insert(byte[] bytes, Random random, byte[] extra)
    {
        int at = random.Next(bytes.Length + 1);
        return [.. bytes[..at], .. extra, .. bytes[at..]];
    }

    private static byte[] Replace(byte[] bytes, string from, string to) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(from, to, StringComparison.Ordinal));

    /// <summary>Runs of letters, digits and number punctuation: what YAML and Gambit both read as one token.</summary>
    private static List<(int Start, int Length, bool Number)> Tokens(byte[] bytes)
    {
        var tokens = new List<(int, int, bool)>();
        int i = 0;
        while (i < bytes.Length)
        {
            if (!IsTokenByte(bytes[i]))
            {
                i++;
                continue;
            }

            int start = i;
            bool number = true;
            while (i < bytes.Length && IsTokenByte(bytes[i]))
            {
                number &= bytes[i] is (>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'-' or (byte)'/' or (byte)'e';
                i++;
            }

            tokens.Add((start, i - start, number));
        }

        return tokens;
    }

    private static bool IsTokenByte(byte b) =>
        b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z')
            or (byte)'.' or (byte)'-' or (byte)'_' or (byte)'/';

    private static (int Start, int Length)? PickToken(byte[] bytes, Random random, bool numbersOnly)
    {
        var tokens = Tokens(bytes);
        if (numbersOnly)
        {
            var numbers = tokens.Where(t => t.Number).ToList();
            tokens = numbers.Count > 0 ? numbers : tokens;
        }

        if (tokens.Count == 0)
        {
            return null;
        }

        var (start, length, _) = tokens[random.Next(tokens.Count)];
        return (start, length);
    }

    private static byte[] ReplaceToken(byte[] bytes, Random random, byte[] replacement, bool numbersOnly) =>
        PickToken(bytes, random, numbersOnly) is { } token
            ? [.. bytes[..token.Start], .. replacement, .. bytes[(token.Start + token.Length)..]]
            : Insert(bytes, random, replacement);

    private static byte[] DeleteToken(byte[] bytes, Random random) =>
        PickToken(bytes, random, numbersOnly: false) is { } token
            ? [.. bytes[..token.Start], .. bytes[(token.Start + token.Length)..]]
            : bytes;

    private static byte[] DuplicateToken(byte[] bytes, Random random) =>
        PickToken(bytes, random, numbersOnly: false) is { } token
            ? [.. bytes[..(token.Start + token.Length)], (byte)' ', .. bytes[token.Start..]]
            : bytes;

    private static byte[] SwapTokens(byte[] bytes, Random random)
    {
        var tokens = Tokens(bytes);
        if (tokens.Count < 2)
        {
            return bytes;
        }

        var a = tokens[random.Next(tokens.Count)];
        var b = tokens[random.Next(tokens.Count)];
        if (a.Start > b.Start)
        {
            (a, b) = (b, a);
        }

        if (a.Start == b.Start)
        {
            return bytes;
        }

        return
        [
            .. bytes[..a.Start], .. bytes[b.Start..(b.Start + b.Length)], .. bytes[(a.Start + a.Length)..b.Start],
            .. bytes[a.Start..(a.Start + a.Length)], .. bytes[(b.Start + b.Length)..],
        ];
    }

    private static List<byte[]> Lines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < bytes.Length)
        {
            lines.Add(bytes[start..]);
        }

        return lines;
    }

    private static byte[] Join(List<byte[]> lines) => [.. lines.SelectMany(l => l)];

    private static byte[] DeleteLine(byte[] bytes, Random random)
    {
        var lines = Lines(bytes);
        if (lines.Count > 0)
        {
            lines.RemoveAt(random.Next(lines.Count));
        }

        return Join(lines);
    }

    private static byte[] DuplicateLine(byte[] bytes, Random random)
    {
        var lines = Lines(bytes);
        if (lines.Count > 0)
        {
            int at = random.Next(lines.Count);
            lines.Insert(at, lines[at]);
        }

        return Join(lines);
    }

    private static byte[] SwapLines(byte[] bytes, Random random)
    {
        var lines = Lines(bytes);
        if (lines.Count > 1)
        {
            int a = random.Next(lines.Count), b = random.Next(lines.Count);
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }

        return Join(lines);
    }

    private static byte[] IndentLine(byte[] bytes, Random random)
    {
        var lines = Lines(bytes);
        if (lines.Count > 0)
        {
            int at = random.Next(lines.Count);
            lines[at] = random.Next(2) == 0 ? [(byte)' ', (byte)' ', .. lines[at]] : lines[at].SkipWhile(b => b == (byte)' ').ToArray();
        }

        return Join(lines);
    }
}
