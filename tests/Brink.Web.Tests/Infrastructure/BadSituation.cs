namespace Brink.Web.Tests.Infrastructure;

/// <summary>Broken situation texts and where their error is (1-based line and column).</summary>
internal static class BadSituation
{
    /// <summary>The demo with the trigger's severity written as a word: the error sits on the word.</summary>
    public static (string Text, int Line, int Column) SeverityNotANumber()
    {
        var lines = TestWorkbench.DemoText.Split('\n');
        int index = Array.FindIndex(lines, l => l.TrimStart().StartsWith("severity:", StringComparison.Ordinal));
        lines[index] = lines[index].Replace("0.9", "lots", StringComparison.Ordinal);
        return (string.Join('\n', lines), index + 1, lines[index].IndexOf("lots", StringComparison.Ordinal) + 1);
    }
}
