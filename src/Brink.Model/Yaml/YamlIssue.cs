namespace Brink.Model.Yaml;

/// <summary>One located input error found while reading a YAML file (1-based line and column).</summary>
internal readonly record struct YamlIssue(int Line, int Column, string Expected, string Found);
