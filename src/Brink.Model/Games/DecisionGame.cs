using System.Collections.Immutable;
using System.Numerics;
using Brink.Games.ExtensiveForm;
using Brink.Games.Numerics;
using Brink.Model.Mechanisms;
using Brink.Model.Packs;
using Brink.Model.Prediction;
using Brink.Model.Situations;

namespace Brink.Model.Games;

/// <summary>
/// One decision point compiled to an extensive-form game. Nature first draws the answering adversary's private
/// type (hard with prior <c>resolve</c>); the focal leader (player 1) chooses among the seven responses at one
/// information set spanning both types, so it cannot see the type; after a deniable act nature decides whether
/// it is traced; the adversary (player 2), knowing its type and seeing the response, backs down, replies in
/// proportion or escalates. An untraced deniable act ends the game without a reply. Payoffs are the leader's
/// utility (see <see cref="LeaderUtility"/>) and the adversary's (see <see cref="AdversaryPayoffs"/>).
/// </summary>
public sealed class DecisionGame
{
    /// <summary>Payoffs are rounded to this grid so the exact game stays small.</summary>
    private const long Grid = 1_000_000;

    private static readonly string[] ResponseLabels = [.. ResponseCategories.All.Select(ResponseCategories.Name)];
    private static readonly string[] ReplyLabels = ["back_down", "proportional", "escalate"];

    private readonly EffectTable effects;
    // The 7 × 3 change rows, built on first use (explanations read them; a simulation's solve needs each row once,
    // while building the tree, and 105 doubles per solve were a sixth of a simulation's garbage).
    private double[]? changes;
    // Built on first use (export and checks only); not a Lazy, whose closure a solve would pay for every time.
    private ExtensiveFormGame? exact;

    private DecisionGame(DecisionContext context)
    {
        Context = context;
        effects = MechanismPipeline.Effects(context);
        UntracedChanges = new double[5];
        effects.CopyRow(ResponseCategory.Deniable, UntracedChanges);
        HardPrior = AdversaryPayoffs.HardPrior(context);
        Attribution = Math.Clamp(ProxyNetwork.AttributionProbability(context), 0.001, 0.999);
        Tree = BuildTree();
    }

    /// <summary>The context the game was compiled from.</summary>
    public DecisionContext Context { get; }

    /// <summary>
    /// The game exactly, as a Gambit-compatible extensive form (payoffs rounded to 1e-6), built on first use: for
    /// export and checks, not for solving.
    /// </summary>
    public ExtensiveFormGame Game =>
        LazyInitializer.EnsureInitialized(ref exact, () => ExtensiveFormGame.Create(Context.Situation.Id, "Brink decision point", ["focal", Context.Adversary.Id], Root()));

    /// <summary>
    /// The same game in floating point, as solved: agent 0 is the leader's single information set; agent
    /// <see cref="AdversarySetNumber"/> is the adversary's set for a type and response.
    /// </summary>
    public AgentTree Tree { get; }

    /// <summary>Prior probability of the hard type.</summary>
    public double HardPrior { get; }

    /// <summary>Probability a deniable act is traced.</summary>
    public double Attribution { get; }

    /// <summary>Objective changes of an untraced deniable act (no reply).</summary>
    internal double[] UntracedChanges { get; }

    /// <summary>Compiles a situation with a pack.</summary>
    public static DecisionGame Compile(Situation situation, ModelPack pack) => new(DecisionContext.Create(situation, pack));

    /// <summary>Objective changes for the leader after <paramref name="response"/> and <paramref name="reply"/>.</summary>
    public ReadOnlySpan<double> Changes(ResponseCategory response, AdversaryReply reply)
    {
        // A race builds equal rows twice; either array will do.
        if (changes is null)
        {
            var rows = new double[7 * 3 * 5];
            for (int r = 0; r < 7; r++)
            {
                for (int q = 0; q < 3; q++)
                {
                    WriteChanges((ResponseCategory)r, (AdversaryReply)q, rows.AsSpan(((r * 3) + q) * 5, 5));
                }
            }

            changes = rows;
        }

        return changes.AsSpan((((int)response * 3) + (int)reply) * 5, 5);
    }

    // One response's own effects plus the consequences of the reply to it.
    private void WriteChanges(ResponseCategory response, AdversaryReply reply, Span<double> row)
    {
        effects.CopyRow(response, row);
        ReplyConsequences.Apply(Context, response, reply, row);
    }

    /// <summary>The leader's utility of a change vector.</summary>
    public double LeaderValue(ReadOnlySpan<double> change, Span<double> perObjective) =>
        LeaderUtility.Total(Context.Weights, change, Context.Pack.IsOn(Mechanism.LossAversion) ? Context[ParameterCatalog.LossAversion] : 1, perObjective);

    /// <summary>The adversary's information-set number for (type, response): 1..14.</summary>
    public static int AdversarySetNumber(bool hard, ResponseCategory response) => (hard ? 0 : 7) + (int)response + 1;

    private AgentTree BuildTree()
    {
        var shape = DecisionTreeShape.Instance;
        Span<double> chance = stackalloc double[shape.Tree.NodeCount];
        Span<double> payoffs = stackalloc double[shape.Tree.NodeCount * 2];
        Span<double> scratch = stackalloc double[5];
        Span<double> change = stackalloc double[5];
        chance.Fill(1);
        payoffs.Clear();
        chance[shape.Focal(true)] = HardPrior;
        chance[shape.Focal(false)] = 1 - HardPrior;
        double untraced = LeaderValue(UntracedChanges, scratch);
        foreach (var response in ResponseCategories.All)
        {
            for (int q = 0; q < 3; q++)
            {
                var reply = (AdversaryReply)q;
                WriteChanges(response, reply, change);
                double leader = LeaderValue(change, scratch);
                for (int type = 0; type < 2; type++)
                {
                    bool hard = type == 0;
                    int end = shape.Terminal(hard, response, reply);
                    payoffs[2 * end] = leader;
                    payoffs[(2 * end) + 1] = AdversaryPayoffs.Utility(Context, response, reply, hard);
                }
            }
        }

        for (int type = 0; type < 2; type++)
        {
            bool hard = type == 0;
            chance[shape.Reply(hard, ResponseCategory.Deniable)] = Attribution;
            chance[shape.Untraced(hard)] = 1 - Attribution;
            payoffs[2 * shape.Untraced(hard)] = untraced;
        }

        return shape.Tree.WithValues(chance, payoffs);
    }

    private static Rational Exact(double value) => Rational.Create(new BigInteger(Math.Round(value * Grid)), Grid);

    private NodeSpec Root()
    {
        var hard = Exact(HardPrior);
        return NodeSpec.Chance(["hard", "soft"], [hard, Rational.One - hard], Focal(true), Focal(false));
    }

    private NodeSpec Focal(bool hard) =>
        NodeSpec.Decision(1, 1, ResponseLabels, [.. ResponseCategories.All.Select(r => AfterResponse(hard, r))]);

    private NodeSpec AfterResponse(bool hard, ResponseCategory response)
    {
        var reply = AdversaryNode(hard, response);
        if (response != ResponseCategory.Deniable)
        {
            return reply;
        }

        var traced = Exact(Attribution);
        Span<double> scratch = stackalloc double[5];
        var untraced = NodeSpec.Terminal(Exact(LeaderValue(UntracedChanges, scratch)), Rational.Zero);
        return NodeSpec.Chance(["traced", "untraced"], [traced, Rational.One - traced], reply, untraced);
    }

    private NodeSpec AdversaryNode(bool hard, ResponseCategory response)
    {
        Span<double> scratch = stackalloc double[5];
        var terminals = new NodeSpec[3];
        for (int q = 0; q < 3; q++)
        {
            var reply = (AdversaryReply)q;
            terminals[q] = NodeSpec.Terminal(
                Exact(LeaderValue(Changes(response, reply), scratch)),
                Exact(AdversaryPayoffs.Utility(Context, response, reply, hard)));
        }

        return NodeSpec.Decision(2, AdversarySetNumber(hard, response), ReplyLabels, terminals);
    }
}
