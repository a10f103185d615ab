namespace Brink.Fuzzing;

/// <summary>What a fuzz input is, which decides the parser it goes to and the commands that read it.</summary>
internal enum FuzzInputKind
{
    /// <summary>A Gambit .nfg or .efg file.</summary>
    Game,

    /// <summary>A situation YAML file.</summary>
    Situation,

    /// <summary>A pack's pack.yaml.</summary>
    Pack,

    /// <summary>A pack's dynamics.yaml.</summary>
    Dynamics,

    /// <summary>A policy schedule YAML file.</summary>
    Policy,

    /// <summary>A <c>brink sweep --vary</c> spec.</summary>
    VarySpec,

    /// <summary>A <c>brink optimize --control</c> spec.</summary>
    ControlSpec,
}

/// <summary>A valid input the fuzzer starts from: its kind, file name (kept so the CLI picks the format) and bytes.</summary>
internal sealed record FuzzSeed(FuzzInputKind Kind, string FileName, byte[] Bytes);
