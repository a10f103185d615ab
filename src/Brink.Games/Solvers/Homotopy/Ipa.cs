using Brink.Games.ExtensiveForm;
using Brink.Games.NormalForm;
using Brink.Games.Profiles;

namespace Brink.Games.Solvers.Homotopy;

/// <summary>Placeholder for Gambit's <c>gambit-ipa</c>; being written.</summary>
public static class Ipa
{
    /// <summary>The method name reported in results.</summary>
    public const string MethodName = "ipa";

    /// <summary>Not yet available.</summary>
    public static SolverResult Solve(NormalFormGame game, IReadOnlyList<IReadOnlyList<double>>? perturbations = null) =>
        throw new NotSupportedException($"method '{MethodName}' is not available yet");

    /// <summary>Not yet available.</summary>
    public static SolverResult Solve(ExtensiveFormGame game, IReadOnlyList<IReadOnlyList<double>>? perturbations = null) =>
        throw new NotSupportedException($"method '{MethodName}' is not available yet");
}
