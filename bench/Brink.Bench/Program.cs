using BenchmarkDotNet.Running;
using Brink.Bench.Solvers;

if (args is ["--solver-timings"])
{
    SolverTimings.Print(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
