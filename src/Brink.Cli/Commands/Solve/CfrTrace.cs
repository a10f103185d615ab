using System.Diagnostics;
using System.Globalization;
using System.Text;
using Brink.Cli.Infrastructure;
using Brink.Games.ExtensiveForm;
using Brink.Games.Profiles;
using Brink.Games.Solvers.CounterfactualRegret;

namespace Brink.Cli.Commands.Solve;

/// <summary>
/// <c>brink solve --method cfr --trace FILE.csv</c>: runs CFR and records every exploitability check as a row
/// <c>iteration,seconds,exploitability</c> (seconds of wall clock since the run started, the checks included),
/// written atomically once the run ends; the convergence charts in docs/ are drawn from such files.
/// </summary>
internal static class CfrTrace
{
    public const string Header = "iteration,seconds,exploitability";

    public static SolverResult Solve(ExtensiveFormGame game, CfrOptions options, string path)
    {
        var rows = new StringBuilder(Header).Append('\n');
        var clock = Stopwatch.StartNew();
        var result = Cfr.Solve(game, options, checkpoint => rows.Append(string.Create(
            CultureInfo.InvariantCulture,
            $"{checkpoint.Iteration},{clock.Elapsed.TotalSeconds:F6},{checkpoint.Exploitability:R}\n")));
        AtomicFile.WriteAllText(path, rows.ToString());
        return result;
    }
}
