using Brink.Games.Numerics;

namespace Brink.Games.Tests.Numerics;

public class SparseRationalSystemTests
{
    [Fact]
    public void Solve_RandomSparseSystems_SatisfiesEveryEquationExactly()
    {
        var random = new Random(51);
        for (int trial = 0; trial < 50; trial++)
        {
            int n = random.Next(1, 12);
            var matrix = new Rational[n, n];
            for (int i = 0; i < n; i++)
            {
                // A dominant diagonal keeps the system nonsingular; the rest is sparse with fractions.
                matrix[i, i] = 20 + random.Next(5);
                for (int k = 0; k < n; k++)
                {
                    if (k != i && random.Next(3) == 0)
                    {
                        matrix[i, k] = Rational.Create(random.Next(-9, 10), random.Next(1, 7));
                    }
                }
            }

            var rhs = Enumerable.Range(0, n).Select(_ => (Rational)random.Next(-5, 6)).ToArray();
            var z = SparseRationalSystem.Solve(Equations(matrix), (Rational[])rhs.Clone());

            Assert.NotNull(z);
            for (int i = 0; i < n; i++)
            {
                var sum = Enumerable.Range(0, n).Aggregate(Rational.Zero, (s, k) => s + (matrix[i, k] * z[k]));
                Assert.Equal(rhs[i], sum);
            }
        }
    }

    [Fact]
    public void Solve_SingularSystem_ReturnsNull()
    {
        var matrix = new Rational[,] { { 1, 2 }, { 2, 4 } };
        Assert.Null(SparseRationalSystem.Solve(Equations(matrix), [1, 2]));
    }

    private static Dictionary<int, Rational>[] Equations(Rational[,] matrix)
    {
        int n = matrix.GetLength(0);
        var equations = new Dictionary<int, Rational>[n];
        for (int i = 0; i < n; i++)
        {
            equations[i] = [];
            for (int k = 0; k < n; k++)
            {
                if (!matrix[i, k].IsZero)
                {
                    equations[i][k] = matrix[i, k];
                }
            }
        }

        return equations;
    }
}
