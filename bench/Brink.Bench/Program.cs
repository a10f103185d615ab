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

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
