using Brink.Games.Formats;

namespace Brink.Games.Tests.Verification;

/// <summary>
/// The two kinds of tree on which lcp printed non-equilibria, rebuilt by hand (the reported files were not kept).
/// </summary>
internal static class RegressionGames
{
    private static readonly string[] HoldConcede = ["hold", "concede"];

    /// <summary>
    /// A seven-stage holdout (war of attrition) of the McKelvey–Palfrey kind: chance picks player 1's type, then
    /// player 2's (two chance moves at the root, each with an outcome), then the players alternate, each
    /// knowing its own type only, so every information set spans the other's type. Holding costs both players
    /// one (one reused outcome on every interior decision node); conceding hands the other a prize that grows
    /// with the stage and is larger for a "stubborn" type (outcomes reused across branches).
    /// </summary>
    public static LoadedGame Holdout()
    {
        var efg = new EfgText("Seven-stage holdout with private types", "Holdout 1", "Holdout 2");
        efg.Chance(1, [("stubborn", "1/4"), ("soft", "3/4")], 1, 1, 0);
        for (int type1 = 0; type1 < 2; type1++)
        {
            efg.Chance(2, [("stubborn", "1/3"), ("soft", "2/3")], 2, 0, 1);
            for (int type2 = 0; type2 < 2; type2++)
            {
                HoldoutStage(efg, 0, type1, type2);
            }
        }

        return GameFile.Parse(efg.ToString(), "holdout.efg");
    }

    /// <summary>
    /// Tic-tac-toe from <paramref name="position"/> (nine cells, row by row: X, O or '.'), X (player 1) to move
    /// when the counts are equal. A win is one of two reused outcomes (±1); a draw ends with no outcome at all,
    /// as a hand-written tree often does, so its payoff is zero.
    /// </summary>
    public static LoadedGame TicTacToe(string position)
    {
        var efg = new EfgText("Tic-tac-toe from " + position, "X", "O");
        var sets = new int[2];
        TicTacToeNode(efg, position.ToCharArray(), sets);
        return GameFile.Parse(efg.ToString(), "tictactoe.efg");
    }

    private static readonly int[][] Lines =
        [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];

    private static void TicTacToeNode(EfgText efg, char[] board, int[] sets)
    {
        if (Lines.Any(l => board[l[0]] != '.' && board[l[0]] == board[l[1]] && board[l[1]] == board[l[2]]) is var won && won)
        {
            // The last mover won: X if X has more marks.
            bool xWon = board.Count(c => c == 'X') > board.Count(c => c == 'O');
            efg.Terminal(xWon ? 1 : 2, xWon ? [1, -1] : [-1, 1]);
            return;
        }

        var empty = Enumerable.Range(0, 9).Where(i => board[i] == '.').ToArray();
        if (empty.Length == 0)
        {
            efg.Terminal(0);
            return;
        }

        int player = board.Count(c => c == 'X') == board.Count(c => c == 'O') ? 1 : 2;
        efg.Decision(player, ++sets[player - 1], [.. empty.Select(i => "c" + i)]);
        foreach (int cell in empty)
        {
            board[cell] = player == 1 ? 'X' : 'O';
            TicTacToeNode(efg, board, sets);
            board[cell] = '.';
        }
    }

    // The mover holds (the rest of the game, in preorder) or concedes.
    private static void HoldoutStage(EfgText efg, int stage, int type1, int type2)
    {
        const int stages = 7;
        int mover = (stage % 2) + 1;
        int moverType = mover == 1 ? type1 : type2;
        int otherType = mover == 1 ? type2 : type1;

        // One set per (mover, stage, own type): the other's type is unseen.
        efg.Decision(mover, (stage * 2) + moverType + 1, HoldConcede, 3, -1, -1);
        if (stage + 1 < stages)
        {
            HoldoutStage(efg, stage + 1, type1, type2);
        }
        else
        {
            // Holding at the last stage is a standoff: the stubborn gain a little from it, the soft lose.
            efg.Terminal(10 + (type1 * 2) + type2, type1 == 0 ? 2 : -3, type2 == 0 ? 2 : -3);
        }

        // Conceding: the other wins a prize growing with the stage, larger if stubborn.
        int prize = 2 + stage + (otherType == 0 ? 3 : 0);
        efg.Terminal(20 + (stage * 4) + ((mover - 1) * 2) + otherType, mover == 1 ? [0, prize] : [prize, 0]);
    }
}
