using Brink.Cli;
using Brink.Cli.Infrastructure;

return BrinkApp.Run(args, CliConsole.FromProcess());
