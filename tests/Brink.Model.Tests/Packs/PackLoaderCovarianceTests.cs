using System.Globalization;
using Brink.Games.Text;
using Brink.Model.Packs;

namespace Brink.Model.Tests.Packs;

public class PackLoaderCovarianceTests
{
    /// <summary>The shipped pack's text without its covariance block (the tests add their own).</summary>
    private static string PackText => WithoutCovariance(File.ReadAllText(Path.Combine(RepoPaths.IranPack, PackLoader.FileName)));

    private static int FittedCount => PackLoader.Load(RepoPaths.IranPack).Fitted!.Values.Count;

    [Fact]
    public void Parse_NoCovariance_LeavesItNullForTheDiagonalFallback()
    {
        var fit = PackLoader.Parse(PackText, "pack.yaml").Fitted!;
        Assert.Null(fit.Covariance);
        Assert.NotEmpty(fit.StandardErrors);
    }

    [Fact]
    public void Parse_Covariance_ReadsRowsInTheOrderOfValues()
    {
        int n = FittedCount;
        var pack = PackLoader.Parse(WithCovariance(n, n, (i, j) => i == j ? 0.01 * (i + 1) : i + j == 1 ? 0.001 : 0), "pack.yaml");
        var covariance = pack.Fitted!.Covariance!;
        var order = Values(PackText);
        Assert.Equal(order, covariance.Names);
        Assert.Equal(0.01, covariance.Entry(order[0], order[0]));
        Assert.Equal(0.001, covariance.Entry(order[1], order[0]));
        Assert.Equal(0.01 * n, covariance.Entry(order[n - 1], order[n - 1]));
    }

    [Fact]
    public void Parse_TooFewRows_IsALocatedError()
    {
        int n = FittedCount;
        var error = Assert.Throws<LocatedFormatException>(() => PackLoader.Parse(WithCovariance(n - 1, n, (i, j) => i == j ? 1 : 0), "pack.yaml"));
        Assert.Contains(PackMessages.CovarianceShape, error.Message, StringComparison.Ordinal);
        Assert.Contains("pack.yaml:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShortRow_IsALocatedError()
    {
        int n = FittedCount;
        var error = Assert.Throws<LocatedFormatException>(() => PackLoader.Parse(WithCovariance(n, n - 1, (i, j) => i == j ? 1 : 0), "pack.yaml"));
        Assert.Contains(PackMessages.CovarianceShape, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 1)] // not positive semidefinite: a 2×2 block [[1, 2], [2, 1]]
    [InlineData(0, -1)] // a negative variance
    public void Parse_NotACovariance_IsALocatedError(double offDiagonal, double lastDiagonal)
    {
        int n = FittedCount;
        string text = WithCovariance(n, n, (i, j) => i == j ? (i == n - 1 ? lastDiagonal : 1) : (i + j == 1 ? offDiagonal : 0));
        var error = Assert.Throws<LocatedFormatException>(() => PackLoader.Parse(text, "pack.yaml"));
        Assert.Contains(PackMessages.Covariance, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Asymmetric_IsALocatedError()
    {
        int n = FittedCount;
        string text = WithCovariance(n, n, (i, j) => i == j ? 1 : (i == 1 && j == 0 ? 0.3 : 0));
        var error = Assert.Throws<LocatedFormatException>(() => PackLoader.Parse(text, "pack.yaml"));
        Assert.Contains(PackMessages.Covariance, error.Message, StringComparison.Ordinal);
    }

    private static string WithoutCovariance(string text)
    {
        var lines = text.Split('\n').ToList();
        int start = lines.FindIndex(l => l == "  covariance:");
        if (start < 0)
        {
            return text;
        }

        int end = start + 1;
        while (end < lines.Count && lines[end].StartsWith("    - ", StringComparison.Ordinal))
        {
            end++;
        }

        while (start > 0 && lines[start - 1].StartsWith("  #", StringComparison.Ordinal))
        {
            start--;
        }

        lines.RemoveRange(start, end - start);
        return string.Join('\n', lines);
    }

    private static string WithCovariance(int rows, int columns, Func<int, int, double> entry)
    {
        var lines = Enumerable.Range(0, rows).Select(i =>
            "    - [" + string.Join(", ", Enumerable.Range(0, columns).Select(j => entry(i, j).ToString(CultureInfo.InvariantCulture))) + "]");
        return PackText.TrimEnd() + "\n  covariance:\n" + string.Join("\n", lines) + "\n";
    }

    /// <summary>The names under fitted: values: in file order.</summary>
    private static string[] Values(string text)
    {
        var lines = text.Split('\n');
        int start = Array.FindIndex(lines, l => l.StartsWith("fitted:", StringComparison.Ordinal));
        int values = Array.FindIndex(lines, start, l => l == "  values:");
        return [.. lines.Skip(values + 1).TakeWhile(l => l.StartsWith("    ", StringComparison.Ordinal)).Select(l => l.Trim().Split(':')[0])];
    }
}
