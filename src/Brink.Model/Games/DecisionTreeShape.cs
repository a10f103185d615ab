using Brink.Games.ExtensiveForm;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Games;

/// <summary>
/// The shape every decision game shares, built once: which node is which. A decision point only fills in the
/// chance probabilities and payoffs (<see cref="AgentTree.WithValues"/>), so compiling one costs no tree building.
/// Node order: nature's type draw; per type (hard first) the leader's node, then per response an attribution
/// draw (deniable only), the adversary's node and its three terminals, then the untraced terminal.
/// </summary>
internal sealed class DecisionTreeShape
{
    private const int ReplyCount = 3;
    private readonly int[] focal = new int[2];
    private readonly int[] reply = new int[2 * ResponseCategories.Count];
    private readonly int[] terminal = new int[2 * ResponseCategories.Count * ReplyCount];
    private readonly int[] untraced = new int[2];

    private DecisionTreeShape()
    {
        int[] players = [1, .. Enumerable.Repeat(2, 14)];
        int[] actions = [7, .. Enumerable.Repeat(ReplyCount, 14)];
        var builder = new AgentTreeBuilder(2, players, actions, expectedNodes: 64);
        int root = builder.AddChance();
        foreach (bool hard in new[] { true, false })
        {
            int leader = focal[Type(hard)] = builder.AddDecision(0);
            builder.Link(root, leader, 0.5);
            foreach (var response in ResponseCategories.All)
            {
                bool deniable = response == ResponseCategory.Deniable;
                int parent = leader;
                if (deniable)
                {
                    parent = builder.AddChance();
                    builder.Link(leader, parent);
                }

                int answer = reply[Slot(hard, response)] = builder.AddDecision(DecisionGame.AdversarySetNumber(hard, response));
                builder.Link(parent, answer, deniable ? 0.5 : 1);
                for (int q = 0; q < ReplyCount; q++)
                {
                    int end = terminal[(Slot(hard, response) * ReplyCount) + q] = builder.AddTerminal([0.0, 0.0]);
                    builder.Link(answer, end);
                }

                if (deniable)
                {
                    int end = untraced[Type(hard)] = builder.AddTerminal([0.0, 0.0]);
                    builder.Link(parent, end, 0.5);
                }
            }
        }

        Tree = builder.Build();
    }

    /// <summary>The shared shape.</summary>
    public static DecisionTreeShape Instance { get; } = new();

    /// <summary>The tree with placeholder values; only its shape is meant to be used.</summary>
    public AgentTree Tree { get; }

    /// <summary>The leader's node for a type (reached from nature's type draw).</summary>
    public int Focal(bool hard) => focal[Type(hard)];

    /// <summary>The adversary's node after a response (reached from the attribution draw after a deniable act).</summary>
    public int Reply(bool hard, ResponseCategory response) => reply[Slot(hard, response)];

    /// <summary>The terminal after a response and reply.</summary>
    public int Terminal(bool hard, ResponseCategory response, AdversaryReply answer) =>
        terminal[(Slot(hard, response) * ReplyCount) + (int)answer];

    /// <summary>The terminal of an untraced deniable act.</summary>
    public int Untraced(bool hard) => untraced[Type(hard)];

    private static int Type(bool hard) => hard ? 0 : 1;

    private static int Slot(bool hard, ResponseCategory response) => (Type(hard) * ResponseCategories.Count) + (int)response;
}
