namespace Brink.Cli.Infrastructure;

/// <summary>The CLI's exit codes: 2 for bad usage or input, 1 for a failure while working.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InputError = 2;
}
