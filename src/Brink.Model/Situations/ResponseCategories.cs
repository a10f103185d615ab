using System.Collections.Immutable;

namespace Brink.Model.Situations;

/// <summary>The contract's names of the ladder's categories (<c>limited_overt</c>, ...), and back.</summary>
public static class ResponseCategories
{
    /// <summary>All categories in ladder order.</summary>
    public static ImmutableArray<ResponseCategory> All { get; } = [.. Enum.GetValues<ResponseCategory>()];

    /// <summary>Number of categories (7).</summary>
    public static int Count => All.Length;

    /// <summary>The contract name of a category.</summary>
    public static string Name(ResponseCategory category) => category switch
    {
        ResponseCategory.Concede => "concede",
        ResponseCategory.Restrain => "restrain",
        ResponseCategory.Crackdown => "crackdown",
        ResponseCategory.Nuclear => "nuclear",
        ResponseCategory.Deniable => "deniable",
        ResponseCategory.LimitedOvert => "limited_overt",
        ResponseCategory.Major => "major",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a response category."),
    };

    /// <summary>Parses a contract name; false when it is not one of the seven.</summary>
    public static bool TryParse(string? name, out ResponseCategory category)
    {
        foreach (var candidate in All)
        {
            if (Name(candidate) == name)
            {
                category = candidate;
                return true;
            }
        }

        category = default;
        return false;
    }
}
