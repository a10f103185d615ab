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

// Not typeof(Program): the referenced brink assembly (for --fuzz) has a top-level Program too.
BenchmarkSwitcher.FromAssembly(typeof(SolverTimings).Assembly).Run(args);
return 0;
