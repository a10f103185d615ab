using System.Runtime.CompilerServices;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Analysis.Simulation;

/// <summary>
/// A <see cref="DecisionSolution"/> prepared for sampling: cumulative focal probabilities and, per response,
/// cumulative reply probabilities, plus the answering adversary's index. Invariant: in each cumulative row the
/// last category with positive probability holds exactly 1, so a uniform draw on [0, 1) always lands.
/// </summary>
internal sealed class CachedSolution
{
    private const int ReplyCount = 3;

    // Seven response categories (the ladder; the constructor checks it), each with a reply row.
    private const int Size = 7 * (1 + ReplyCount);

    // Inline in the entry, not a separate array: hundreds of thousands of entries live through every collection,
    // and one object each instead of two halves what the collector walks for them. Focal row first, then the
    // reply rows in ladder order.
    private readonly Table cumulative;

    public CachedSolution(DecisionSolution solution, int adversaryIndex)
    {
        ArgumentNullException.ThrowIfNull(solution);
        bool shaped = ResponseCategories.Count * (1 + ReplyCount) == Size && solution.Replies.Length == ResponseCategories.Count;
        foreach (var row in solution.Replies)
        {
            shaped &= row.Length == ReplyCount;
        }

        if (!shaped)
        {
            throw new InvalidOperationException($"The solver returned {solution.Replies.Length} reply rows; expected {ResponseCategories.Count} rows of {ReplyCount}.");
        }

        Span<double> table = cumulative;
        Cumulative(solution.Focal.Probabilities.AsSpan(), table[..ResponseCategories.Count]);
        for (int r = 0; r < ResponseCategories.Count; r++)
        {
            Cumulative(solution.Replies[r].AsSpan(), table.Slice(ReplyOffset(r), ReplyCount));
        }

        AdversaryIndex = adversaryIndex;
    }

    /// <summary>Index of the answering adversary in the state, or −1.</summary>
    public int AdversaryIndex { get; }

    public ResponseCategory SampleResponse(double uniform) =>
        (ResponseCategory)Sample(((ReadOnlySpan<double>)cumulative)[..ResponseCategories.Count], uniform);

    public AdversaryReply SampleReply(ResponseCategory response, double uniform) =>
        (AdversaryReply)Sample(((ReadOnlySpan<double>)cumulative).Slice(ReplyOffset((int)response), ReplyCount), uniform);

    [InlineArray(Size)]
    private struct Table
    {
        private double first;
    }

    private static int ReplyOffset(int response) => ResponseCategories.Count + (response * ReplyCount);

    private static int Sample(ReadOnlySpan<double> cumulative, double uniform)
    {
        for (int i = 0; i < cumulative.Length; i++)
        {
            if (uniform < cumulative[i])
            {
                return i;
            }
        }

        return cumulative.Length - 1;
    }

    private static void Cumulative(ReadOnlySpan<double> probabilities, Span<double> cumulative)
    {
        double total = 0;
        int lastPositive = -1;
        for (int i = 0; i < probabilities.Length; i++)
        {
            if (!double.IsFinite(probabilities[i]) || probabilities[i] < 0)
            {
                throw new InvalidOperationException("The solver returned a negative or non-finite probability.");
            }

            total += probabilities[i];
            lastPositive = probabilities[i] > 0 ? i : lastPositive;
        }

        if (lastPositive < 0)
        {
            throw new InvalidOperationException("The solver returned a distribution with no positive probability.");
        }

        double running = 0;
        for (int i = 0; i < probabilities.Length; i++)
        {
            running += probabilities[i] / total;
            cumulative[i] = i >= lastPositive ? 1 : running;
        }
    }
}
