using System.CommandLine;
using Brink.Analysis.Sweeps;
using Brink.Cli.Infrastructure;
using Brink.Games.Solvers.QuantalResponse;

namespace Brink.Cli.Commands.Sweep;

/// <summary><c>brink merge SHARD.csv... --out FILE.csv</c>: combines sweep shards into the whole sweep.</summary>
internal static class MergeCommand
{
    public static Command Create(CliConsole console)
    {
        var shards = new Argument<string[]>("SHARDS") { Description = "Shard CSVs written by brink sweep --shard K/N --out (each with its .json manifest).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "The merged CSV (and its manifest).", Required = true };
        var command = new Command("merge", "Combine the shards of a sweep into one CSV, identical to the unsharded sweep's, and report its Sobol indices.") { shards, output };
        CommandRunner.SetAction(command, console, parse =>
        {
            var inputs = parse.GetRequiredValue(shards).Select(path =>
            {
                var (manifest, points) = SweepFiles.Read(path);
                return (manifest, points, path);
            }).ToList();
            SweepManifest merged;
            SweepResult result;
            try
            {
                (merged, result) = SweepMerge.Merge(inputs);
            }
            catch (InvalidDataException e)
            {
                throw new UsageException(e.Message);
            }

            SweepFiles.Write(parse.GetRequiredValue(output), merged, result);
            console.Error.WriteLine($"merged {inputs.Count} shard(s) into {parse.GetRequiredValue(output)}");
            SweepView.Render(console, result);
            return ExitCodes.Success;
        });
        return command;
    }
}
