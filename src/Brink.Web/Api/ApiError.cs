using Brink.Games.Text;

namespace Brink.Web.Api;

/// <summary>The one error body of the API: a sentence and, for bad input, where in the text it is (1-based).</summary>
/// <param name="Error">What is wrong, in one line; never a stack trace.</param>
/// <param name="Line">1-based line in the request's text, or null.</param>
/// <param name="Column">1-based column, or null.</param>
internal sealed record ApiError(string Error, int? Line = null, int? Column = null)
{
    /// <summary>A located input error; the text says what was expected and found, the numbers say where.</summary>
    public static ApiError From(LocatedFormatException error) =>
        error.Expected is { Length: > 0 }
            ? new ApiError($"expected {error.Expected}, found '{error.Found}'", error.Line, error.Column)
            : new ApiError(error.Message, error.Line > 0 ? error.Line : null, error.Column > 0 ? error.Column : null);
}
