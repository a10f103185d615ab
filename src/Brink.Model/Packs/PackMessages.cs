namespace Brink.Model.Packs;

/// <summary>The "expected ..." halves of pack errors specific to packs (generic ones are in <see cref="Yaml.YamlMessages"/>).</summary>
public static class PackMessages
{
    /// <summary>A parameter name that is not in the catalog.</summary>
    public const string KnownParameter = "a parameter of the catalog";

    /// <summary>A free parameter whose default lies outside its fitting bounds, or bounds in the wrong order.</summary>
    public const string FreeBounds = "lower <= default <= upper within the parameter's range";

    /// <summary>A fitted value for a parameter the pack does not list as free.</summary>
    public const string FreeParameter = "a parameter listed under free:";

    /// <summary>A fitted case id that is empty or given twice.</summary>
    public const string CaseId = "a non-empty case id not already listed";

    /// <summary>A list of fitted case ids whose length differs from <c>cases:</c>; the count follows.</summary>
    public const string CaseCount = "as many ids as cases: ";

    /// <summary>A response name that is not a category.</summary>
    public const string Category = "a response category (concede, restrain, crackdown, nuclear, deniable, limited_overt, major)";

    /// <summary>An empty focal list.</summary>
    public const string Focal = "at least one focal actor id";

    /// <summary>No pack in the directory applies to the situation's focal actor.</summary>
    public const string PackForFocal = "a pack whose focal list names ";

    /// <summary>Covariance rows of the wrong shape (the count follows).</summary>
    public const string CovarianceShape = "one covariance row per fitted value, in the order of values, of ";

    /// <summary>A covariance that is not symmetric and positive semidefinite.</summary>
    public const string Covariance = "a symmetric positive semidefinite covariance";
}
