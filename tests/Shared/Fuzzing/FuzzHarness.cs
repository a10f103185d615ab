using System.Text;
using System.Text.RegularExpressions;
using Brink.Analysis.Sweeps;
using Brink.Cli;
using Brink.Cli.Infrastructure;
using Brink.Games.Formats;
using Brink.Games.Text;
using Brink.Model.Dynamics;
using Brink.Model.Packs;
using Brink.Model.Situations;

namespace Brink.Fuzzing;

/// <summary>
/// Feeds one input through its parser API and through every CLI command that reads it, and checks the property:
/// no unexpected exception (the CLI's catch-all counts as one), no run past <see cref="Timeout"/>, exit 0 or 2
/// (1 only for a solver's own failure), and on exit 2 one line of stderr, located as <c>file:line:col: </c> when
/// the input is a file.
/// </summary>
internal sealed partial class FuzzHarness
{
    private readonly string root;
    private readonly string work;
    private readonly Situation baseSituation;

    public FuzzHarness(string root, string work)
    {
        this.root = root;
        this.work = work;
        Directory.CreateDirectory(work);
        baseSituation = SituationLoader.Load(FuzzCorpus.BaseSituation(root));
        foreach (var name in new[] { "pack.yaml", "dynamics.yaml", "fit.json" })
        {
            Directory.CreateDirectory(Path.Combine(work, "pack"));
            File.Copy(Path.Combine(FuzzCorpus.BasePack(root), name), Path.Combine(work, "pack", name), overwrite: true);
        }
    }

    /// <summary>Longest a parse or a command may take on one input.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Time spent per input kind, for keeping the CI run inside its budget.</summary>
    public Dictionary<FuzzInputKind, TimeSpan> Elapsed { get; } = [];

    /// <summary>
    /// Null when the property holds, else what broke it (one line, with the exception's origin). The input goes
    /// to its parser and then to the commands that read it: all of them, or with <paramref name="variant"/> &gt;= 0
    /// only the one at that index (mod their number), which lets a run rotate through the commands at a third of the cost.
    /// </summary>
    public string? Check(FuzzInputKind kind, string fileName, byte[] bytes, int variant = -1)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(bytes);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            return CheckUntimed(kind, fileName, bytes, variant);
        }
        finally
        {
            Elapsed[kind] = Elapsed.GetValueOrDefault(kind) + clock.Elapsed;
        }
    }

    private string? CheckUntimed(FuzzInputKind kind, string fileName, byte[] bytes, int variant)
    {
        if (kind is FuzzInputKind.VarySpec or FuzzInputKind.ControlSpec)
        {
            string spec = Encoding.UTF8.GetString(bytes);
            return Within("parse " + kind, () => ParseSpec(spec))
                ?? RunCli(kind, null, Pick(Commands(kind, spec), variant));
        }

        string text = Encoding.UTF8.GetString(bytes);
        string path = Place(kind, fileName, bytes);
        return Within("parse " + kind, () => Parse(kind, text, path))
            ?? RunCli(kind, path, Pick(Commands(kind, path), variant));
    }

    private static IEnumerable<string[]> Pick(IEnumerable<string[]> commands, int variant)
    {
        var all = commands.ToList();
        return variant < 0 ? all : [all[variant % all.Count]];
    }

    private string Place(FuzzInputKind kind, string fileName, byte[] bytes)
    {
        string path = kind switch
        {
            FuzzInputKind.Pack => Path.Combine(work, "pack", "pack.yaml"),
            FuzzInputKind.Dynamics => Path.Combine(work, "pack", "dynamics.yaml"),
            _ => Path.Combine(work, fileName),
        };
        if (kind is FuzzInputKind.Pack or FuzzInputKind.Dynamics)
        {
            // The other file of the pack goes back to its bundled text, undoing the previous case.
            string other = kind == FuzzInputKind.Pack ? "dynamics.yaml" : "pack.yaml";
            File.Copy(Path.Combine(FuzzCorpus.BasePack(root), other), Path.Combine(work, "pack", other), overwrite: true);
        }

        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string? Parse(FuzzInputKind kind, string text, string path)
    {
        IEnumerable<FormatException> errors = kind switch
        {
            FuzzInputKind.Game => GameErrors(text, path),
            FuzzInputKind.Situation => SituationLoader.Validate(text, path),
            FuzzInputKind.Pack => PackLoader.Validate(text, path),
            FuzzInputKind.Dynamics => DynamicsLoader.TryParse(text, path, out _, out var dynamicsError) ? [] : [dynamicsError!],
            _ => PolicyLoader.TryParse(text, path, baseSituation, 6, out _, out var policyError) ? [] : [policyError!],
        };
        foreach (var error in errors)
        {
            if (!IsLocated(error.Message, path))
            {
                return $"parse {kind}: error not one located line: {Flatten(error.Message)}";
            }
        }

        return null;
    }

    private static IEnumerable<FormatException> GameErrors(string text, string path)
    {
        try
        {
            GameFile.Parse(text, path);
            return [];
        }
        catch (LocatedFormatException error)
        {
            return [error];
        }
    }

    private static string? ParseSpec(string spec)
    {
        try
        {
            SweepAxis.Parse(spec);
        }
        catch (FormatException)
        {
        }

        return null;
    }

    private IEnumerable<string[]> Commands(FuzzInputKind kind, string input)
    {
        string situation = FuzzCorpus.BaseSituation(root);
        string pack = Path.Combine(work, "pack");
        string[] simulate = ["-n", "16", "-t", "3", "--threads", "1", "--no-store"];
        return kind switch
        {
            FuzzInputKind.Game => [["game", "info", input], ["solve", input]],
            FuzzInputKind.Situation => [["check", input], ["predict", input, "--no-store"], ["simulate", input, .. simulate]],
            FuzzInputKind.Pack => [["predict", situation, "--pack", pack, "--no-store"]],
            FuzzInputKind.Dynamics => [["simulate", situation, "--pack", pack, .. simulate]],
            FuzzInputKind.Policy => [["simulate", situation, "--policy", input, .. simulate]],
            FuzzInputKind.VarySpec => [["sweep", situation, "--vary", input, "-r", "0", "--threads", "1", "--no-store"]],
            _ => [["optimize", situation, "--control", input, "--levels", "2", "--draws", "1"]],
        };
    }

    private string? RunCli(FuzzInputKind kind, string? path, IEnumerable<string[]> commands)
    {
        foreach (var args in commands)
        {
            string name = args[0] == "game" ? "game info" : args[0];
            Exception? unexpected = null;
            int exit = -1;
            string error = string.Empty;
            string? failure = Within(name, () =>
            {
                using var output = new StringWriter();
                using var errorWriter = new StringWriter();
                var console = new CliConsole(output, errorWriter, interactive: false) { UnexpectedError = e => unexpected = e };
                exit = BrinkApp.Run(args, console);
                error = errorWriter.ToString();
                return null;
            });
            failure ??= Judge(kind, name, path, exit, error, unexpected);
            if (failure is not null)
            {
                return failure;
            }
        }

        return null;
    }

    private static string? Judge(FuzzInputKind kind, string command, string? path, int exit, string error, Exception? unexpected)
    {
        // A solver that gives up (no convergence, a failed verification) is a failure of the method, not of the input.
        bool solverFailure = command == "solve" && (unexpected is null || unexpected is InvalidOperationException);
        if (unexpected is not null && !solverFailure)
        {
            return $"{command}: unexpected {Describe(unexpected)}";
        }

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        switch (exit)
        {
            case 0:
                return null;
            case 1 when solverFailure:
                return null;
            case 2 when command == "check" && path is not null && lines.Count > 0 && lines.All(l => IsLocated(l, path)):
                return null;
            case 2 when lines.Count != 1:
                return $"{command}: exit 2 with {lines.Count} lines of stderr: {Flatten(error)}";
            // A method that does not apply to a well-formed game is a usage error, not a place in the file.
            case 2 when command == "solve" && lines[0].StartsWith("error: ", StringComparison.Ordinal):
                return null;
            case 2 when path is not null && !IsLocated(lines[0], null):
                return $"{command}: exit 2 without file:line:col: {Flatten(lines[0])}";
            case 2:
                return null;
            default:
                return $"{command}: exit {exit}: {Flatten(error)}";
        }
    }

    private string? Within(string what, Func<string?> body)
    {
        var task = Task.Run(() =>
        {
            try
            {
                return body();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return $"{what}: unexpected {Describe(e)}";
            }
        });
        return task.Wait(Timeout) ? task.Result : $"{what}: still running after {Timeout.TotalSeconds:0} s";
    }

    /// <summary>Exception type, message and the first Brink frame: enough to tell two crashes apart.</summary>
    public static string Describe(Exception e)
    {
        string frame = e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("Brink.", StringComparison.Ordinal)) ?? "?";
        return $"{e.GetType().Name}: {Flatten(e.Message)} {frame}";
    }

    private static bool IsLocated(string message, string? path)
    {
        string first = message.Split('\n')[0];
        if (first.Length != message.TrimEnd('\n', '\r').Length)
        {
            return false;
        }

        var match = Located().Match(first);
        return match.Success && (path is null || match.Groups["file"].Value == path)
            && int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1
            && int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1;
    }

    private static string Flatten(string text)
    {
        string flat = text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return flat.Length > 300 ? flat[..300] + "..." : flat;
    }

    [GeneratedRegex(@"^(?<file>.+?):(?<line>\d{1,9}):(?<column>\d{1,9}): ")]
    private static partial Regex Located();
}
