using System.CommandLine;
using System.Diagnostics;
using System.Net;
using Brink.Cli.Infrastructure;
using Brink.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Brink.Cli.Commands.Serve;

/// <summary>
/// <c>brink serve [--port P] [--workspace DIR] [--open] [--host H]</c>: the analyst's workbench in a browser, on
/// 127.0.0.1 unless <c>--host</c> says otherwise. An empty workspace is seeded with the bundled Iran cases so the
/// first screen is never empty.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultWorkspace = "brink-workspace";

    public static Command Create(CliConsole console)
    {
        var port = new Option<int>("--port", "-p") { Description = "TCP port (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var workspace = new Option<string>("--workspace", "-w")
        {
            Description = $"Workspace folder (situations/, policies/); default ./{DefaultWorkspace}, seeded with data/cases/iran when empty.",
            DefaultValueFactory = _ => DefaultWorkspace,
        };
        var open = new Option<bool>("--open") { Description = "Open the workbench in the default browser." };
        var host = new Option<string>("--host")
        {
            Description = "Address to bind to; default 127.0.0.1 (this machine only). Anything else exposes the workbench to the network.",
            DefaultValueFactory = _ => WorkbenchOptions.LoopbackHost,
        };
        var command = new Command("serve", "Serve the analyst's workbench (browser app and JSON API) on this machine.") { port, workspace, open, host };
        CommandRunner.SetAction(command, console, parse =>
        {
            int portNumber = parse.GetValue(port);
            if (portNumber is < 0 or > 65535)
            {
                throw new UsageException("--port takes 0 to 65535");
            }

            string address = parse.GetRequiredValue(host);
            if (!IPAddress.TryParse(address, out var ip))
            {
                throw new UsageException($"--host takes an IP address such as 127.0.0.1, found '{address}'");
            }

            if (!IPAddress.IsLoopback(ip))
            {
                console.Error.WriteLine($"warning: binding to {address}: anyone who can reach this machine can read and write the workspace and run the models; there is no login");
            }

            var options = new WorkbenchOptions(parse.GetRequiredValue(workspace), BundledData.PacksDirectory, BundledData.Path("data", "cases", "iran"))
            {
                Host = address,
                Port = portNumber,
            };
            using var app = WorkbenchHost.Build(options);
            app.StartAsync().GetAwaiter().GetResult();
            string url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? $"http://{address}:{portNumber}";
            console.Output.WriteLine($"Brink workbench on {url} (workspace {Path.GetFullPath(options.Workspace)}); Ctrl+C stops it.");
            if (parse.GetValue(open))
            {
                OpenBrowser(console, url);
            }

            app.WaitForShutdownAsync().GetAwaiter().GetResult();
            return ExitCodes.Success;
        });
        return command;
    }

    private static void OpenBrowser(CliConsole console, string url)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(url) { UseShellExecute = true });
        }
        catch (Exception error) when (error is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            console.Error.WriteLine($"warning: could not open a browser ({error.Message}); open {url} yourself");
        }
    }
}
