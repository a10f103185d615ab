namespace Brink.Model.Yaml;

/// <summary>The "expected ..." halves shared by every YAML input error of the model layer.</summary>
public static class YamlMessages
{
    /// <summary>The file is not well-formed YAML.</summary>
    public const string WellFormedYaml = "well-formed YAML";

    /// <summary>What was found when the text ends inside an open [ ] or { }.</summary>
    public const string UnclosedFlow = "the end of the file inside an unclosed [ ] or { }";

    /// <summary>A mapping was needed.</summary>
    public const string Mapping = "a mapping";

    /// <summary>A sequence was needed.</summary>
    public const string Sequence = "a sequence";

    /// <summary>A scalar was needed.</summary>
    public const string Scalar = "a scalar";

    /// <summary>A key is not part of the format; the allowed keys follow.</summary>
    public const string KnownKey = "one of: ";

    /// <summary>A required key is absent; the key follows.</summary>
    public const string RequiredKey = "key ";

    /// <summary>A key appears twice in one mapping.</summary>
    public const string UniqueKey = "a key not already given";

    /// <summary>A number was needed.</summary>
    public const string Number = "a number";

    /// <summary>A number is outside its range; the range follows.</summary>
    public const string NumberInRange = "a number in ";

    /// <summary>A whole number was needed; the range follows.</summary>
    public const string WholeNumber = "a whole number in ";

    /// <summary>A boolean was needed.</summary>
    public const string Boolean = "true or false";

    /// <summary>The text is longer than <see cref="YamlLimits.MaxCharacters"/>.</summary>
    public const string WithinSize = "a file of at most 1,048,576 characters";

    /// <summary>Mappings and sequences nest deeper than <see cref="YamlLimits.MaxDepth"/>.</summary>
    public const string WithinDepth = "mappings and sequences nested at most 64 deep";

    /// <summary>The file has more than <see cref="YamlLimits.MaxNodes"/> nodes.</summary>
    public const string WithinNodes = "at most 100,000 YAML nodes";

    /// <summary>A parser event where a node must stand.</summary>
    public const string Node = "a scalar, mapping or sequence";
}
