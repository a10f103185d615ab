namespace Brink.Testing;

/// <summary>
/// Closeness assertions for floating results, shared by every test project (linked in by Directory.Build.props), so a
/// failure always reads the same way: what was expected, within what, and what came instead.
/// </summary>
internal static class AssertNear
{
    /// <summary>Fails unless |expected − actual| ≤ tolerance (NaN never passes).</summary>
    public static void Equal(double expected, double actual, double tolerance, string? what = null)
    {
        if (!(Math.Abs(expected - actual) <= tolerance))
        {
            Assert.Fail(
                $"{(what is null ? "" : what + ": ")}expected {expected:R} ± {tolerance:G3}, got {actual:R} (off by {Math.Abs(expected - actual):G3})");
        }
    }

    /// <summary>Fails unless both sequences have the same length and agree element by element within tolerance.</summary>
    public static void Equal(IEnumerable<double> expected, IEnumerable<double> actual, double tolerance, string? what = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        double[] e = [.. expected], a = [.. actual];
        if (e.Length != a.Length)
        {
            Assert.Fail($"{(what is null ? "" : what + ": ")}expected {e.Length} values, got {a.Length}");
        }

        for (int i = 0; i < e.Length; i++)
        {
            Equal(e[i], a[i], tolerance, $"{what ?? "value"}[{i}]");
        }
    }
}
