using System.CommandLine;
using System.Globalization;
using Brink.Cli.Infrastructure;
using Brink.Games.ExtensiveForm;
using Brink.Games.Profiles;
using Brink.Games.Solvers;
using Brink.Games.Solvers.CounterfactualRegret;
using Brink.Games.Verification;

namespace Brink.Cli.Commands.Solve;

/// <summary>
/// The options only <c>--method cfr</c> takes: <c>--variant cfr|cfr+|linear|dcfr</c> (default cfr+), then either
/// <c>--iterations N</c> or <c>--exploitability E</c> (default 1e-3, capped at
/// <see cref="CfrOptions.DefaultMaxIterations"/> iterations), and <c>--trace FILE.csv</c>.
/// </summary>
internal sealed class CfrArguments
{
    private readonly Option<string?> variant = new("--variant")
    {
        Description = "With cfr: cfr | cfr+ | linear | dcfr (default cfr+).",
    };

    private readonly Option<int?> iterations = new("--iterations")
    {
        Description = "With cfr: run exactly N iterations.",
    };

    private readonly Option<double?> exploitability = new("--exploitability")
    {
        Description = "With cfr: stop once the average profile's exploitability (NashConv/2, payoff units) is at most E (default 1e-3; at most 1,000,000 iterations).",
    };

    private readonly Option<string?> trace = new("--trace")
    {
        Description = "With cfr: write iteration,seconds,exploitability at every check to this CSV file.",
    };

    public CfrArguments() => variant.AcceptOnlyFromAmong("cfr", "cfr+", "linear", "dcfr");

    public void AddTo(Command command)
    {
        command.Options.Add(variant);
        command.Options.Add(iterations);
        command.Options.Add(exploitability);
        command.Options.Add(trace);
    }

    /// <summary>The request with cfr's options and the --trace file, or a usage error for options that do not go together.</summary>
    public (SolveRequest Request, string? TracePath) Apply(ParseResult parse, SolveRequest request)
    {
        string? variantName = parse.GetValue(variant);
        int? count = parse.GetValue(iterations);
        double? target = parse.GetValue(exploitability);
        string? tracePath = parse.GetValue(trace);
        if (request.Method != Cfr.MethodName)
        {
            return variantName is null && count is null && target is null && tracePath is null
                ? (request, null)
                : throw new UsageException("--variant, --iterations, --exploitability and --trace go with --method cfr");
        }

        if (count is not null && target is not null)
        {
            throw new UsageException("give --iterations or --exploitability, not both");
        }

        if (count is < 1)
        {
            throw new UsageException("--iterations takes a whole number of at least 1");
        }

        if (target is { } t && !(t > 0 && double.IsFinite(t)))
        {
            throw new UsageException("--exploitability takes a positive number");
        }

        var options = new CfrOptions
        {
            Variant = variantName is null ? CfrVariant.Plus : Cfr.Parse(variantName)!.Value,
            Iterations = count,
            TargetExploitability = target ?? CfrOptions.DefaultTargetExploitability,
        };
        return (request with { Cfr = options }, tracePath);
    }

    /// <summary>The stderr line: CFR's own note, then the exploitability and value the verifier's evaluator measures.</summary>
    public static string Summary(ExtensiveFormGame game, SolverResult result)
    {
        var measured = Exploitability.Measure(game, result.Equilibria[0]);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"cfr: {string.Join("; ", result.Diagnostics)}; verified exploitability {measured.Exploitability:G6} (NashConv/2 by best reply), player 1 value {measured.Values[0]:G6}");
    }
}
