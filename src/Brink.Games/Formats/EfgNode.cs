using Brink.Games.ExtensiveForm;

namespace Brink.Games.Formats;

/// <summary>One node line of an .efg file, read and checked, waiting for its children.</summary>
/// <param name="At">The node's first token, where errors about it are located.</param>
/// <param name="Node">The node as read, with no children yet.</param>
internal sealed record EfgNode(Token At, NodeSpec Node)
{
    public int Arity => Node.Kind == NodeKind.Terminal ? 0 : Node.Actions.Length;

    public NodeSpec Build(IEnumerable<NodeSpec> children) => Node with { Children = [.. children] };
}
