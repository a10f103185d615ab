namespace Brink.Analysis.Policy;

/// <summary>
/// How <see cref="PolicySearch"/> judges a schedule. With <see cref="Draws"/> = K ≥ 1 every schedule is simulated
/// once per parameter vector drawn from the fit's posterior approximation (the draws <c>brink predict</c>'s
/// intervals use), and it reaches the target only if its deal share does so in at least
/// <see cref="RequiredShare"/> of the draws; with 0 it is simulated once at the fitted values (the point estimate).
/// </summary>
/// <param name="TargetDeal">Share of runs that must reach a deal within the horizon, in (0, 1].</param>
/// <param name="Draws">Parameter draws per schedule, 0 (point estimate) up to <see cref="MaxDraws"/>.</param>
/// <param name="RequiredShare">Share of draws in which the deal share must reach the target, in (0, 1].</param>
public sealed record PolicySearchOptions(double TargetDeal, int Draws = PolicySearchOptions.DefaultDraws, double RequiredShare = PolicySearchOptions.DefaultRequiredShare)
{
    /// <summary>Draws per schedule unless told (as <c>optimize --control</c>): enough for a 10th and 90th percentile to mean something.</summary>
    public const int DefaultDraws = 16;

    /// <summary>A schedule must reach the target in four draws of five (as a robust top response in <c>predict</c>).</summary>
    public const double DefaultRequiredShare = 0.8;

    /// <summary>The most draws per schedule (each is a full simulation of every schedule).</summary>
    public const int MaxDraws = 200;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first bad option.</summary>
    public void Validate()
    {
        if (!(TargetDeal is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(TargetDeal), TargetDeal, "The target deal share must be in (0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(Draws, nameof(Draws));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Draws, MaxDraws, nameof(Draws));
        if (!(RequiredShare is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(RequiredShare), RequiredShare, "The required share of draws must be in (0, 1].");
        }
    }
}
