namespace Brink.Cli.Infrastructure;

/// <summary>A command line that cannot be acted on (a method that does not apply, a bad range). Exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
