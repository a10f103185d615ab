namespace Brink.Model.Dynamics;

/// <summary>The "expected ..." halves of every dynamics.yaml and policy file error, in one place so tests can name them.</summary>
public static class DynamicsMessages
{
    /// <summary>The file is not well-formed YAML.</summary>
    public const string WellFormedYaml = Yaml.YamlMessages.WellFormedYaml;

    /// <summary>The document or a block is not a mapping.</summary>
    public const string Mapping = Yaml.YamlMessages.Mapping;

    /// <summary>A block is not a sequence.</summary>
    public const string Sequence = Yaml.YamlMessages.Sequence;

    /// <summary>A scalar was needed.</summary>
    public const string Scalar = Yaml.YamlMessages.Scalar;

    /// <summary>A key is not part of the format.</summary>
    public const string KnownKey = Yaml.YamlMessages.KnownKey;

    /// <summary>A required key is absent.</summary>
    public const string RequiredKey = Yaml.YamlMessages.RequiredKey;

    /// <summary>A number was needed.</summary>
    public const string Number = Yaml.YamlMessages.Number;

    /// <summary>A number is outside its range.</summary>
    public const string NumberInRange = Yaml.YamlMessages.NumberInRange;

    /// <summary>A whole number was needed.</summary>
    public const string WholeNumber = Yaml.YamlMessages.WholeNumber;

    /// <summary>The format version.</summary>
    public const string Version = "version 1";

    /// <summary>An unknown trigger kind.</summary>
    public const string TriggerKind = "a trigger kind";

    /// <summary>An unknown response category.</summary>
    public const string Response = "a response category";

    /// <summary>An unknown adversary reply.</summary>
    public const string Reply = "one of back_down, proportional, escalate";

    /// <summary>A severity range is not [min, max].</summary>
    public const string SeverityRange = "[min, max] with 0 <= min <= max <= 1";

    /// <summary>A rule's weights are all zero.</summary>
    public const string PositiveWeights = "weights with a positive sum";

    /// <summary>A (response, reply) pair no rule covers.</summary>
    public const string Coverage = "a transition rule covering ";

    /// <summary>A key appears twice.</summary>
    public const string UniqueKey = Yaml.YamlMessages.UniqueKey;

    /// <summary>A policy sets a path that is not an input of the situation.</summary>
    public const string InputPath = "a situation input path (as brink sweep --vary takes), one of ";

    /// <summary>A policy space's template is not a file.</summary>
    public const string TemplateFile = "a template policy file (relative to the space file)";

    /// <summary>A policy-space parameter that is not a placeholder of the template.</summary>
    public const string TemplateParameter = "a parameter written as $name in the template";

    /// <summary>A policy space with too many grid points.</summary>
    public const string PolicySpaceSize = "at most 400 grid points (the product of the levels)";
}
