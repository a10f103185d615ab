namespace Brink.Model.Dynamics;

/// <summary>One searched parameter of a <see cref="PolicySpace"/>: <c>$Name</c> in the template takes <see cref="Levels"/> evenly spaced values from <see cref="From"/> to <see cref="To"/>.</summary>
/// <param name="Name">Identifier written as <c>$Name</c> in the template (letters, digits, underscores).</param>
/// <param name="From">First value.</param>
/// <param name="To">Last value (at least <see cref="From"/>).</param>
/// <param name="Levels">Number of values, at least 1 (1: <see cref="From"/> only).</param>
/// <param name="Whole">Whether the values are rounded to whole numbers (steps of a schedule).</param>
public sealed record PolicySpaceParameter(string Name, double From, double To, int Levels, bool Whole)
{
    /// <summary>Value <paramref name="level"/> of 0..Levels − 1.</summary>
    public double Value(int level)
    {
        double value = Levels == 1 ? From : From + ((To - From) * level / (Levels - 1));
        return Whole ? Math.Round(value, MidpointRounding.AwayFromZero) : value;
    }
}
