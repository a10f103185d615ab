using System.Collections.Immutable;
using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Model.Tests.Uncertainty;

/// <summary>The Iran pack, the bundled 2025 situation, and packs with a chosen covariance.</summary>
internal static class Fixtures
{
    public static ModelPack Iran => Mechanisms.Scenarios.Pack;

    public static Situation Fordow => SituationLoader.Load(Path.Combine(RepoPaths.Root, "data", "situations", "iran-2025-fordow.yaml"));

    /// <summary>The Iran pack with its fit's covariance set to <paramref name="covariance"/>(i, j) over its free parameters.</summary>
    public static ModelPack WithCovariance(Func<int, int, double> covariance)
    {
        var pack = Iran;
        var names = pack.Free.Select(f => f.Definition.Name).ToImmutableArray();
        var rows = names.Select((_, i) => names.Select((_, j) => covariance(i, j)).ToImmutableArray()).ToImmutableArray();
        return pack with { Fitted = pack.Fitted! with { Covariance = new ParameterCovariance(names, rows) } };
    }

    /// <summary>The fit's own variances (from the standard errors) times <paramref name="scale"/>, no correlation.</summary>
    public static ModelPack WithScaledVariances(double scale)
    {
        var errors = Iran.Fitted!.StandardErrors;
        var names = Iran.Free.Select(f => f.Definition.Name).ToArray();
        return WithCovariance((i, j) => i == j ? scale * Math.Pow(errors.GetValueOrDefault(names[i]), 2) : 0);
    }

}
