using BenchmarkDotNet.Running;
using Brink.Bench.Solvers;

if (args is ["--model-timings"])
{
    Brink.Bench.Prediction.ModelTimings.Print(Console.Out);
    return;
}

if (args is ["--solver-timings"])
{
    SolverTimings.Print(Console.Out);
    return;
}

if (args is ["--solver-timings", "more"])
{
    SolverTimings.PrintMore(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
