using Brink.Games.ExtensiveForm;
using Brink.Games.Formats;
using Brink.Games.NormalForm;

namespace Brink.Web.Games;

/// <summary>
/// A game laid out for drawing: the tree's nodes (player, information set, actions, chance probabilities, payoffs
/// at the leaves) or the normal form's cells. <see cref="InformationSetView.Segment"/> says which segment of a
/// behaviour profile belongs to a set: players in order, each player's sets in order of first appearance, as
/// Gambit prints behaviour profiles.
/// </summary>
internal sealed record GameView(string Kind, string Title, IReadOnlyList<string> Players, IReadOnlyList<NodeView>? Nodes, IReadOnlyList<InformationSetView>? InformationSets, IReadOnlyList<IReadOnlyList<string>>? Strategies, IReadOnlyList<CellView>? Cells)
{
    public static GameView Of(LoadedGame game) =>
        game.ExtensiveForm is { } tree ? OfTree(tree) : OfTable(game.NormalForm!);

    private static GameView OfTree(ExtensiveFormGame tree)
    {
        var segments = new Dictionary<int, int>();
        for (int player = 1; player < tree.PlayerInformationSets.Length; player++)
        {
            foreach (int set in tree.PlayerInformationSets[player])
            {
                segments[set] = segments.Count;
            }
        }

        var sets = tree.InformationSets.Select(s => new InformationSetView(
            s.Index, s.Player, s.Label, s.Actions, [.. s.Probabilities.Select(p => p.ToString())], [.. s.Probabilities.Select(p => p.ToDouble())],
            s.Members, segments.TryGetValue(s.Index, out int segment) ? segment : -1)).ToList();
        var nodes = tree.Nodes.Select(n => new NodeView(
            n.Index, n.Label, n.Kind.ToString().ToLowerInvariant(), n.InformationSet, n.Children, n.Parent, n.ParentAction,
            n.Kind == NodeKind.Terminal ? [.. tree.PathPayoffs(n.Index).ToArray().Select(p => p.ToDouble())] : null)).ToList();
        return new GameView("efg", tree.Title, tree.Players, nodes, sets, null, null);
    }

    private static GameView OfTable(NormalFormGame game)
    {
        var cells = Enumerable.Range(0, game.ProfileCount).Select(i => new CellView(
            game.DecodeProfile(i), [.. Enumerable.Range(0, game.PlayerCount).Select(p => game.PayoffAsDouble(i, p))])).ToList();
        return new GameView("nfg", game.Title, game.Players, null, null, [.. game.Strategies.Select(s => (IReadOnlyList<string>)s)], cells);
    }
}
