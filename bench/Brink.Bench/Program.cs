using BenchmarkDotNet.Running;
using Brink.Bench.Solvers;

if (args is ["--model-timings"])
{
    Brink.Bench.Prediction.ModelTimings.Print(Console.Out);
    return 0;
}

if (args is ["--fuzz", ..])
{
    return Brink.Bench.Fuzzing.LongFuzz.Run(args, Console.Out);
}

if (args is ["--solver-timings"])
{
    SolverTimings.Print(Console.Out);
    return 0;
}

if (args is ["--solver-timings", "ipa"])
{
    IpaTimings.Print(Console.Out);
    return 0;
}

if (args is ["--solver-timings", "more"])
{
    SolverTimings.PrintMore(Console.Out);
    return 0;
}

if (args is ["--cfr-timings", .. var names])
{
    CfrTimings.Print(Console.Out, names.Length > 0 ? names : CfrTimings.Games, 1_000_000);
    return 0;
}

if (args is ["--cfr-fixed", var file, var variant, .. var counts])
{
    CfrTimings.PrintFixed(
        Console.Out,
        SolverGames.Load(file).ExtensiveForm!,
        Brink.Games.Solvers.CounterfactualRegret.Cfr.Parse(variant) ?? throw new ArgumentException("unknown variant " + variant),
        [.. counts.Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture))]);
    return 0;
}

if (args is ["--cfr-curves", var curveGame, var curveIterations, var directory])
{
    CfrCurves.Write(curveGame, int.Parse(curveIterations, System.Globalization.CultureInfo.InvariantCulture), directory, Console.Out);
    return 0;
}

if (args is ["--write-leduc", var path])
{
    File.WriteAllText(path, Brink.Games.Formats.EfgFormat.Write(Brink.Games.ExtensiveForm.LeducPoker.Create()));
    return 0;
}

// Not typeof(Program): the referenced brink assembly (for --fuzz) has a top-level Program too.
BenchmarkSwitcher.FromAssembly(typeof(SolverTimings).Assembly).Run(args);
return 0;
