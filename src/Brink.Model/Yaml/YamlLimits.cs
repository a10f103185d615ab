namespace Brink.Model.Yaml;

/// <summary>
/// Size limits on every YAML input of the model layer (situations, packs, dynamics, policies), checked before
/// the text is turned into nodes; docs/limits.md lists them. The largest bundled file (a pack's dynamics) is
/// about 10 kB and 6 levels deep, so the limits sit far above any real file and far below what could exhaust
/// memory or the stack.
/// </summary>
public static class YamlLimits
{
    /// <summary>Longest text read, in characters (1 MiB).</summary>
    public const int MaxCharacters = 1 << 20;

    /// <summary>
    /// Deepest nesting of mappings and sequences: building the node tree recurses once per level, so a
    /// 10,000-deep <c>[[[[...]]]]</c> would otherwise overflow the stack, which no handler can catch.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Most nodes (scalars, mappings, sequences, aliases) in one file.</summary>
    public const int MaxNodes = 100_000;
}
