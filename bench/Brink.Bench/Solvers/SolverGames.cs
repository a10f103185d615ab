using Brink.Games.Formats;

namespace Brink.Bench.Solvers;

/// <summary>Loads the bundled games the solver benchmarks run on.</summary>
internal static class SolverGames
{
    public static LoadedGame Load(string name) => GameFile.Load(Path.Combine(RepositoryRoot(), "data", "games", name));

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Brink.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Brink.slnx not found above " + AppContext.BaseDirectory);
    }
}
