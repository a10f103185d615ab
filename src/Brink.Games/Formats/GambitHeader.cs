namespace Brink.Games.Formats;

/// <summary>Pieces of the header shared by both formats.</summary>
internal static class GambitHeader
{
    /// <summary>
    /// Whether the token is <c>R</c> (rational) or <c>D</c> (decimal). Brink reads numbers exactly in both, so
    /// the letter only has to be valid.
    /// </summary>
    public static bool IsPrecision(string text, Token token) =>
        token.Length == 1 && text[token.Start] is 'R' or 'D';
}
