using Brink.Analysis.Simulation;
using Brink.Cli.Infrastructure;

namespace Brink.Cli.Commands.Simulate;

/// <summary>Writes a simulation's tidy tables as CSV files, each atomically.</summary>
internal static class SimulationFiles
{
    public static void WriteCsv(string path, SimulationResult result)
    {
        Write(path, writer => SimulationCsv.WriteStates(writer, result));
        Write(Sibling(path, "outcomes"), writer => SimulationCsv.WriteOutcomes(writer, result));
        Write(Sibling(path, "hazards"), writer => SimulationCsv.WriteHazards(writer, result));
        Write(Sibling(path, "times"), writer => SimulationCsv.WriteTimesToOutcome(writer, result));
        Write(Sibling(path, "responses"), writer => SimulationCsv.WriteResponses(writer, result));
        Write(Sibling(path, "replies"), writer => SimulationCsv.WriteReplies(writer, result));
        Write(Sibling(path, "triggers"), writer => SimulationCsv.WriteTriggers(writer, result));
    }

    public static string Sibling(string path, string table)
    {
        string directory = Path.GetDirectoryName(path) ?? string.Empty;
        string stem = Path.GetFileNameWithoutExtension(path);
        return Path.Combine(directory, $"{stem}-{table}.csv");
    }

    private static void Write(string path, Action<TextWriter> body)
    {
        using var text = new StringWriter();
        body(text);
        AtomicFile.WriteAllText(path, text.ToString());
    }
}
