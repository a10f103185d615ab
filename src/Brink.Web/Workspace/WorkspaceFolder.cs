using System.Text.RegularExpressions;

namespace Brink.Web.Workspace;

/// <summary>
/// The workspace on disk. Every file name from a client goes through <see cref="Resolve"/>: a plain
/// <c>name.yaml</c> (no separators, no leading dot) that lands inside <c>situations/</c> and is not a link to
/// somewhere else, so neither <c>..</c> nor a symbolic link can reach a file outside the workspace.
/// </summary>
internal sealed partial class WorkspaceFolder
{
    private WorkspaceFolder(string root)
    {
        Root = Path.GetFullPath(root);
        Situations = Path.Combine(Root, "situations");
        Policies = Path.Combine(Root, "policies");
    }

    /// <summary>The workspace's absolute path.</summary>
    public string Root { get; }

    /// <summary>Where situation files live.</summary>
    public string Situations { get; }

    /// <summary>Where policy schedules live.</summary>
    public string Policies { get; }

    /// <summary>Opens (and creates) the workspace; an empty one gets a copy of the seed situations.</summary>
    public static WorkspaceFolder Open(string root, string? seedDirectory)
    {
        var folder = new WorkspaceFolder(root);
        Directory.CreateDirectory(folder.Situations);
        Directory.CreateDirectory(folder.Policies);
        if (seedDirectory is not null && Directory.Exists(seedDirectory) && !folder.List().Any())
        {
            foreach (var file in Directory.EnumerateFiles(seedDirectory).Where(IsSituationFile))
            {
                File.Copy(file, Path.Combine(folder.Situations, Path.GetFileName(file)), overwrite: false);
            }
        }

        return folder;
    }

    /// <summary>Situation file names, sorted ordinally.</summary>
    public IEnumerable<string> List() =>
        Directory.EnumerateFiles(Situations).Where(IsSituationFile).Select(Path.GetFileName).OfType<string>()
            .Where(n => NamePattern().IsMatch(n)).Order(StringComparer.Ordinal);

    /// <summary>The text of a situation file; null when it does not exist.</summary>
    public string? Read(string name)
    {
        string path = Resolve(name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>Writes a situation file atomically (a temporary file renamed over the old one); true when it is new.</summary>
    public bool Write(string name, string text)
    {
        string path = Resolve(name);
        bool created = !File.Exists(path);
        string temporary = Path.Combine(Situations, $".{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
        return created;
    }

    /// <summary>The absolute path of a situation file; throws <see cref="WorkspacePathException"/> for any name that could escape.</summary>
    public string Resolve(string name)
    {
        if (string.IsNullOrEmpty(name) || !NamePattern().IsMatch(name))
        {
            throw new WorkspacePathException(name, "expected a file name such as my-case.yaml: letters, digits, '.', '_' or '-', ending in .yaml or .yml");
        }

        string path = Path.GetFullPath(Path.Combine(Situations, name));
        if (!path.StartsWith(Situations + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new WorkspacePathException(name, "the name leads outside the workspace");
        }

        if (IsLinkOutside(new DirectoryInfo(Situations)) || IsLinkOutside(new FileInfo(path)))
        {
            throw new WorkspacePathException(name, "the file is a link to somewhere outside the workspace");
        }

        return path;
    }

    private bool IsLinkOutside(FileSystemInfo entry)
    {
        if (!entry.Exists || entry.LinkTarget is null)
        {
            return false;
        }

        var target = entry.ResolveLinkTarget(returnFinalTarget: true);
        return target is null || !Path.GetFullPath(target.FullName).StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static bool IsSituationFile(string path) =>
        path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.ya?ml$")]
    private static partial Regex NamePattern();
}
