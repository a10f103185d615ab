namespace Brink.Web.Workspace;

/// <summary>A file name from a client that would read or write outside the workspace (answered with 400).</summary>
internal sealed class WorkspacePathException(string name, string reason) : Exception($"'{name}': {reason}")
{
    /// <summary>The name asked for.</summary>
    public string Name { get; } = name;
}
