using Brink.Analysis.Output;
using System.CommandLine;
using System.Globalization;
using Brink.Analysis.Policy;
using Brink.Analysis.Sweeps;
using Brink.Cli.Infrastructure;
using Brink.Model.Situations;
using Spectre.Console;

namespace Brink.Cli.Commands.Optimize;

/// <summary>
/// <c>brink optimize FILE --control PATH=LO:HI ... [--objective war|escalation] [--target-concession P]</c>:
/// the adversary's least warlike policy that still makes the leader likely to stand down, robust over the
/// fitted parameters' uncertainty, with the trade-off curve.
/// </summary>
internal static class OptimizeCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The situation (YAML)." };
        var control = new Option<string[]>("--control") { Description = "PATH=LO:HI: a policy lever, e.g. state.sanctions, state.adversaries.us.threat_credibility, .engagement, .hostility_rhetoric (required unless --policy-space)." };
        var policySpace = new Option<string?>("--policy-space") { Description = "A YAML policy space (a templated schedule and parameter ranges): simulate every schedule and pick the least warlike reaching --target-deal (docs/simulation.md)." };
        var targetDeal = new Option<double>("--target-deal") { Description = "With --policy-space: share of runs that must reach a deal within the horizon.", DefaultValueFactory = _ => 0.5 };
        var runs = new Option<int>("--runs", "-n") { Description = "With --policy-space: trajectories per schedule.", DefaultValueFactory = _ => 2000 };
        var horizon = new Option<int>("--horizon", "-t") { Description = "With --policy-space: steps per trajectory.", DefaultValueFactory = _ => 12 };
        var objective = new Option<PolicyObjective>("--objective") { Description = "Minimise the probability of war (major escalation) or of any overt escalation.", DefaultValueFactory = _ => PolicyObjective.War };
        var target = new Option<double>("--target-concession") { Description = "Probability of concession the policy must reach.", DefaultValueFactory = _ => 0.5 };
        var levels = new Option<int>("--levels") { Description = "Grid levels per control in the coarse search.", DefaultValueFactory = _ => 6 };
        var draws = new Option<int>("--draws") { Description = "Parameter draws from the fit's uncertainty per policy (with --policy-space: per schedule, each a full simulation; 0 = the point estimate only).", DefaultValueFactory = _ => PolicySearchOptions.DefaultDraws };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the parameter draws.", DefaultValueFactory = _ => 1UL };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var pack = new Option<string?>("--pack") { Description = "Model pack directory." };
        var command = new Command("optimize", "Find the policy that minimises the probability of war while reaching a target probability of concession.")
        {
            file, control, objective, target, levels, draws, seed, json, pack, policySpace, targetDeal, runs, horizon,
        };
        CommandRunner.SetAction(command, console, parse =>
        {
            var (situation, modelPack, packDirectory) = ModelInputs.Load(parse.GetRequiredValue(file), parse.GetValue(pack));
            if (parse.GetValue(policySpace) is { } spacePath)
            {
                return PolicySpaceSearch.Run(console, situation, modelPack, packDirectory, spacePath, parse.GetValue(targetDeal), parse.GetValue(draws), parse.GetValue(runs), parse.GetValue(horizon), parse.GetValue(seed), parse.GetValue(json));
            }

            var controls = Controls(parse.GetValue(control) is { Length: > 0 } given ? given : throw new UsageException("--control is required (or --policy-space FILE)"), situation);
            var options = new PolicyOptions(parse.GetValue(target), parse.GetValue(levels), parse.GetValue(draws), parse.GetValue(seed), Objective: parse.GetValue(objective));
            if (options.TargetConcession is <= 0 or > 1)
            {
                throw new UsageException("--target-concession must be in (0, 1]");
            }

            if (options.Levels < 2 || Math.Pow(options.Levels, controls.Count) > 200_000)
            {
                throw new UsageException($"--levels must be at least 2 and levels^controls at most 200,000 (here {options.Levels}^{controls.Count})");
            }

            if (options.Draws is < 1 or > CommandLimits.MaxDraws)
            {
                throw new UsageException($"--draws must be 1 up to {CommandLimits.MaxDraws:N0}");
            }

            var result = PolicyOptimizer.Optimize(situation, modelPack, controls, options);
            if (parse.GetValue(json))
            {
                console.Output.WriteLine(JsonOutput.Serialize(result, AnalysisJsonContext.Default.PolicyResult));
            }
            else
            {
                Render(console, result);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static List<SweepAxis> Controls(string[] texts, Situation situation)
    {
        var controls = new List<SweepAxis>();
        foreach (var text in texts)
        {
            try
            {
                var axis = SweepAxis.Parse(text, levelsAllowed: false);
                var target = SweepTarget.Resolve(axis.Path, situation);
                if (axis.Low < target.Lower || axis.High > target.Upper)
                {
                    throw new FormatException($"'{text}': expected a range within {target.Lower}..{target.Upper}");
                }

                if (controls.Any(c => c.Path == axis.Path))
                {
                    throw new FormatException($"'{axis.Path}' is given twice");
                }

                controls.Add(axis);
            }
            catch (FormatException e)
            {
                throw new UsageException($"--control {e.Message}");
            }
        }

        return controls;
    }

    private static void Render(CliConsole console, PolicyResult result)
    {
        string war = result.Options.Objective == PolicyObjective.War ? "p(war)" : "p(escalation)";
        console.Output.WriteLine($"{result.Evaluated} policies evaluated, each over {result.Options.Draws} parameter draws; target p(concede) ≥ {F(result.Options.TargetConcession)}");
        if (result.Best is { } best)
        {
            var table = new Table().RoundedBorder().AddColumns("control", "policy");
            for (int i = 0; i < result.Controls.Length; i++)
            {
                table.AddRow(Markup.Escape(result.Controls[i].Path), F(best.Controls[i]));
            }

            console.Ansi.Write(table);
            console.Output.WriteLine($"{war} {F(best.War)} (90th percentile over draws {F(best.WarHigh)}), p(concede) {F(best.Concession)} (10th percentile {F(best.ConcessionLow)})");
        }
        else
        {
            var most = result.MostConceding;
            console.Output.WriteLine($"no policy in the ranges reaches the target; the most conceding gives p(concede) {F(most.Concession)} at {war} {F(most.War)}: "
                + string.Join(", ", result.Controls.Select((c, i) => $"{c.Path} = {F(most.Controls[i])}")));
        }

        var curve = new Table().RoundedBorder().AddColumns("target p(concede)", $"least {war}", "p(concede)", "policy");
        foreach (var point in result.TradeOff)
        {
            curve.AddRow(F(point.Target), F(point.Policy.War), F(point.Policy.Concession), Markup.Escape(string.Join(", ", point.Policy.Controls.Select(F))));
        }

        console.Output.WriteLine("trade-off curve: the least warlike policy for each concession target");
        console.Ansi.Write(curve);
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
