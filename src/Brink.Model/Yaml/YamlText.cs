using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Brink.Model.Yaml;

/// <summary>Why a text is not a YAML stream: where, what YamlDotNet said, and whether it was a duplicate key.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Found">The parser's message, or <see cref="YamlMessages.UnclosedFlow"/>.</param>
/// <param name="DuplicateKey">Whether the parser met a key given twice.</param>
/// <param name="Expected">What was expected instead, when it is more than <see cref="YamlMessages.WellFormedYaml"/> (a limit).</param>
internal readonly record struct YamlLoadError(int Line, int Column, string Found, bool DuplicateKey, string? Expected = null);

/// <summary>
/// Loads a YAML text for every reader of the model layer (situations, packs, dynamics, policies), turning the
/// parser's exceptions into one located error so that no reader has to know them, and enforcing
/// <see cref="YamlLimits"/> first.
/// </summary>
internal static class YamlText
{
    /// <summary>The loaded stream, or null with <paramref name="error"/> saying why.</summary>
    public static YamlStream? TryLoad(string text, out YamlLoadError error)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > YamlLimits.MaxCharacters)
        {
            var (line, column) = PositionOf(text, YamlLimits.MaxCharacters);
            error = new YamlLoadError(line, column, $"{text.Length:N0} characters", false, YamlMessages.WithinSize);
            return null;
        }

        var stream = new YamlStream();
        try
        {
            // The event pass is iterative, so it can refuse a deep or huge text before the recursive node builder sees it.
            if (CheckShape(text) is { } shape)
            {
                error = shape;
                return null;
            }

            var parser = new Parser(new StringReader(text));
            try
            {
                stream.Load(parser);
            }
            catch (ArgumentException)
            {
                // The node builder throws this, without a position, for an event it cannot build a node from
                // (found by fuzzing: an empty key ": 0.55" under a mapping); the parser still stands on that event.
                var current = parser.Current;
                error = new YamlLoadError(
                    Math.Max(1, (int)(current?.Start.Line ?? 1)), Math.Max(1, (int)(current?.Start.Column ?? 1)),
                    current?.GetType().Name ?? "nothing", false, YamlMessages.Node);
                return null;
            }
        }
        catch (YamlException e)
        {
            string found = e.InnerException?.Message ?? e.Message;
            bool duplicate = found.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)
                || e.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase);
            error = new YamlLoadError(Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column), found, duplicate);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's parser throws this, without a position, when the text ends inside an open flow
            // collection ("economy: [0.45"): the error is where the text ends.
            var (line, column) = EndOf(text);
            error = new YamlLoadError(line, column, YamlMessages.UnclosedFlow, false);
            return null;
        }

        error = default;
        return stream;
    }

    /// <summary>
    /// Walks the parser's events as the node builder will, without recursion: the first place nesting passes
    /// <see cref="YamlLimits.MaxDepth"/>, nodes pass <see cref="YamlLimits.MaxNodes"/>, or an event stands where the
    /// builder needs a node (which YamlDotNet reports as an unlocated <see cref="ArgumentException"/>).
    /// </summary>
    private static YamlLoadError? CheckShape(string text)
    {
        var parser = new Parser(new StringReader(text));
        int depth = 0, nodes = 0;
        bool inDocument = false;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            switch (current)
            {
                case DocumentStart:
                    inDocument = true;
                    continue;
                case DocumentEnd:
                    inDocument = false;
                    continue;
                case StreamStart or StreamEnd:
                    continue;
                case SequenceEnd or MappingEnd:
                    depth--;
                    continue;
            }

            if (!inDocument || current is not (Scalar or AnchorAlias or SequenceStart or MappingStart))
            {
                return At(current, current.GetType().Name, YamlMessages.Node);
            }

            if (++nodes > YamlLimits.MaxNodes)
            {
                return At(current, $"more than {YamlLimits.MaxNodes:N0} nodes", YamlMessages.WithinNodes);
            }

            if (current is SequenceStart or MappingStart && ++depth > YamlLimits.MaxDepth)
            {
                return At(current, $"nesting {depth} deep", YamlMessages.WithinDepth);
            }
        }

        return null;
    }

    private static YamlLoadError At(ParsingEvent current, string found, string expected) =>
        new(Math.Max(1, (int)current.Start.Line), Math.Max(1, (int)current.Start.Column), found, false, expected);

    /// <summary>Line and column (1-based) of character <paramref name="index"/>.</summary>
    private static (int Line, int Column) PositionOf(string text, int index)
    {
        var before = text.AsSpan(0, index);
        int lastBreak = before.LastIndexOf('\n');
        return (before.Count('\n') + 1, index - lastBreak);
    }

    /// <summary>Line and column (1-based) just past the last character of <paramref name="text"/>.</summary>
    public static (int Line, int Column) EndOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.TrimEnd('\n', '\r');
        int lastBreak = trimmed.LastIndexOf('\n');
        int line = trimmed.Count(c => c == '\n') + 1;
        return (line, trimmed.Length - lastBreak);
    }
}
