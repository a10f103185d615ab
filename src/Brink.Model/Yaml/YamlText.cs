using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Brink.Model.Yaml;

/// <summary>Why a text is not a YAML stream: where, what YamlDotNet said, and whether it was a duplicate key.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Found">The parser's message, or <see cref="YamlMessages.UnclosedFlow"/>.</param>
/// <param name="DuplicateKey">Whether the parser met a key given twice.</param>
internal readonly record struct YamlLoadError(int Line, int Column, string Found, bool DuplicateKey);

/// <summary>
/// Loads a YAML text for every reader of the model layer (situations, packs, dynamics, policies), turning the
/// parser's exceptions into one located error so that no reader has to know them.
/// </summary>
internal static class YamlText
{
    /// <summary>The loaded stream, or null with <paramref name="error"/> saying why.</summary>
    public static YamlStream? TryLoad(string text, out YamlLoadError error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            string found = e.InnerException?.Message ?? e.Message;
            bool duplicate = found.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)
                || e.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase);
            error = new YamlLoadError((int)e.Start.Line, (int)e.Start.Column, found, duplicate);
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
