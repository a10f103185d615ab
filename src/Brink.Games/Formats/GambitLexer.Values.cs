using System.Globalization;
using System.Text;
using Brink.Games.Numerics;

namespace Brink.Games.Formats;

/// <content>Turning tokens into labels, exact numbers and integers.</content>
internal sealed partial class GambitLexer
{
    private const int MaxCacheEntries = 4096;

    // Gambit files repeat the same labels and payoffs thousands of times (kuhn40.efg); caching them by their
    // text keeps parsing allocation-free for the repeats.
    private readonly Dictionary<string, Rational> numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Rational>.AlternateLookup<ReadOnlySpan<char>> numberLookup;
    private readonly Dictionary<string, string> labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> labelLookup;

    public Rational ReadNumber() => NumberOf(Next());

    public Rational NumberOf(Token token)
    {
        if (token.Kind != TokenKind.Bare)
        {
            throw Error(token, Messages.Number);
        }

        var span = Span(token);
        if (TryParseSmallInteger(span, out var value))
        {
            return value;
        }

        if (numberLookup.TryGetValue(span, out var cached))
        {
            return cached;
        }

        if (!Rational.TryParse(span, out value))
        {
            throw Error(token, Messages.Number);
        }

        if (numbers.Count < MaxCacheEntries)
        {
            numberLookup[span] = value;
        }

        return value;
    }

    public int ReadInteger(out Token token)
    {
        token = Next();
        if (token.Kind != TokenKind.Bare
            || !int.TryParse(Span(token), NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            throw Error(token, Messages.Integer);
        }

        return value;
    }

    public string LabelOf(Token token)
    {
        var raw = text.AsSpan(token.Start + 1, token.Length - 2);
        if (raw.IsEmpty)
        {
            return string.Empty;
        }

        if (labelLookup.TryGetValue(raw, out var cached))
        {
            return cached;
        }

        string value = raw.Contains('\\') ? Unescape(raw) : raw.ToString();
        if (labels.Count < MaxCacheEntries)
        {
            labelLookup[raw] = value;
        }

        return value;
    }

    private static bool TryParseSmallInteger(ReadOnlySpan<char> span, out Rational value)
    {
        value = Rational.Zero;
        if (span.Length is 0 or > 18
            || !long.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
        {
            return false;
        }

        value = Rational.FromInteger(integer);
        return true;
    }

    private static string Unescape(ReadOnlySpan<char> raw)
    {
        var value = new StringBuilder(raw.Length);
        for (int i = 0; i < raw.Length; i++)
        {
            // Gambit escapes a quote or a backslash with a backslash; any other escaped character stands for itself.
            if (raw[i] == '\\' && i + 1 < raw.Length)
            {
                i++;
            }

            value.Append(raw[i]);
        }

        return value.ToString();
    }
}
