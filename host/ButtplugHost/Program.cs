using ButtplugHost.Cli;
using ButtplugHost.Configuration;
using ButtplugHost.Devices;
using ButtplugHost.Plugins;
using ButtplugHost.Server;
using ButtplugHost.Server.Security;
using ButtplugHost.Session;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ButtplugHost;

/// <summary>Entry point: parse the command line, build the generic host, run until stopped.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        CommandLineResult cli;
        try
        {
            cli = CommandLine.Parse(args);
        }
        catch (FormatException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Usage;
        }
        switch (cli.Action)
        {
            case CommandAction.Help:
                Console.Write(CommandLine.Help());
                return 0;
            case CommandAction.Version:
                Console.WriteLine(VersionLine);
                return 0;
        }

        try
        {
            StartupChecks.Run(cli, checkPort: cli.Action == CommandAction.Run);
        }
        catch (StartupException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return e.ExitCode;
        }

        var host = Build(cli);
        return cli.Action switch
        {
            CommandAction.ListPlugins => PluginCommands.List(host.Services),
            CommandAction.ValidatePlugin => PluginCommands.Validate(cli.Argument!),
            CommandAction.ListDevices => DeviceCommands.List(host.Services, cli.Argument ?? "text"),
            CommandAction.ApproveClient => Session.Approval.ApprovalCommand.Run(host.Services, "approve", cli.Argument!, cli.ClientOrigin),
            CommandAction.DenyClient => Session.Approval.ApprovalCommand.Run(host.Services, "deny", cli.Argument!, cli.ClientOrigin),
            CommandAction.ForgetClient => Session.Approval.ApprovalCommand.Run(host.Services, "forget", cli.Argument!, cli.ClientOrigin),
            _ => await RunAsync(host, cli),
        };
    }

    private static string VersionLine =>
        $"ButtplugHost {typeof(Program).Assembly.GetName().Version?.ToString(3)} (SDK {Sdk.Plugins.SdkVersion.Current}, message spec 0–{ClientSession.NewestVersion})";

    private static async Task<int> RunAsync(IHost host, CommandLineResult cli)
    {
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ButtplugHost");
        logger.LogInformation("{Version}", VersionLine);
        new StartupNotices(cli.IgnoredFlags).LogIgnoredFlags(logger);
        // Once the transport plugins have loaded (after the endpoint started: DeviceManager.BusesStarted).
        host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() =>
            host.Services.GetRequiredService<DeviceManager>().BusesStarted.ContinueWith(
                _ => StartupNotices.LogMissingBuses(host.Services.GetRequiredService<PluginCatalog>(), cli.RequestedBuses, logger), TaskScheduler.Default));
        try
        {
            await host.RunAsync();
            return 0;
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            // Taken between the check before start and Kestrel's bind.
            var port = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ServerOptions>>().Value.WebSocketPort;
            await Console.Error.WriteLineAsync(StartupChecks.PortInUseMessage(port));
            return ExitCodes.PortInUse;
        }
        catch (Exception e) when (Unwrap(e) is EndpointConfigurationException unsafeSetup)
        {
            await Console.Error.WriteLineAsync(unsafeSetup.Message);
            return ExitCodes.Usage;
        }
    }

    private static Exception Unwrap(Exception e) => e is AggregateException { InnerExceptions.Count: 1 } a ? Unwrap(a.InnerExceptions[0]) : e;

    internal static IHost Build(CommandLineResult cli)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
        });
        builder.Configuration.AddEnvironmentVariables("BUTTPLUGHOST_");
        foreach (var file in cli.ConfigFiles)
            builder.Configuration.AddJsonFile(file, optional: false, reloadOnChange: false);
        builder.Configuration.AddInMemoryCollection(cli.Settings);

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService(o => o.ServiceName = "ButtplugHost");
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<ServerOptions>().Bind(builder.Configuration.GetSection("Server"));
        builder.Services.AddOptions<AccessOptions>().Bind(builder.Configuration.GetSection("Server"));
        builder.Services.AddOptions<ConnectionLimits>().Bind(builder.Configuration.GetSection("Server"));
        builder.Services.AddOptions<Session.Approval.ClientApprovalOptions>().Bind(builder.Configuration.GetSection("Server"));
        builder.Services.AddSingleton<Session.Approval.ClientApprovals>();
        builder.Services.AddSingleton<Dashboard.RecentLog>();
        builder.Services.AddSingleton<ILoggerProvider>(sp => sp.GetRequiredService<Dashboard.RecentLog>());
        builder.Services.AddSingleton<SessionLogSink>();
        builder.Services.AddSingleton<ILoggerProvider>(sp => sp.GetRequiredService<SessionLogSink>());
        builder.Services.AddSingleton<PluginFolderLoader>();
        builder.Services.AddSingleton<PluginCatalog>();
        builder.Services.AddSingleton<UserDeviceConfig>();
        builder.Services.AddSingleton<DeviceConfigFile>();
        builder.Services.AddSingleton<DeviceManager>();
        // Registration order is start order; the host stops them in reverse: the client endpoint
        // (whose sessions stop every device) goes first, the device manager last.
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeviceManager>());
        // Device groups of the user device config appear with their first member (docs/multiple-clients.md).
        builder.Services.AddHostedService<Devices.Groups.DeviceGroups>();
        // Signals and unhandled exceptions stop every device before anything else.
        builder.Services.AddHostedService<StopDevicesOnExit>();
        // Watching starts right after the startup load, before clients can connect.
        builder.Services.AddHostedService<PluginWatcher>();
        builder.Services.AddSingleton<ClientEndpointService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ClientEndpointService>());
        builder.Services.AddHostedService<OutboundClientService>();
        // The status page, /healthz and /metrics (docs/status-page.md).
        builder.Services.AddSingleton<Metrics.PrometheusExport>();
        builder.Services.AddSingleton<Metrics.HealthReport>();
        builder.Services.AddSingleton<Dashboard.DeviceReadings>();
        builder.Services.AddSingleton<Dashboard.StatusChanges>();
        builder.Services.AddSingleton<Dashboard.DashboardActions>();
        builder.Services.AddSingleton(sp => new Dashboard.StatusSnapshot(
            sp.GetRequiredService<DeviceManager>(), sp.GetRequiredService<PluginCatalog>(), sp.GetRequiredService<ClientEndpointService>(),
            sp.GetRequiredService<UserDeviceConfig>(), sp.GetRequiredService<Dashboard.DeviceReadings>(), sp.GetRequiredService<Metrics.HealthReport>(),
            sp.GetRequiredService<Dashboard.RecentLog>(), sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ServerOptions>>().Value.Name, DateTimeOffset.UtcNow)
        {
            Approvals = sp.GetRequiredService<Session.Approval.ClientApprovals>(),
        });
        builder.Services.AddHostedService<Dashboard.DashboardService>();
        // The reference's REST API (docs/rest-api.md); stopped before the device manager, its devices stop.
        builder.Services.AddHostedService<Rest.RestApiService>();
        // After the endpoint: it advertises the port the endpoint listens on.
        builder.Services.AddHostedService<Server.Mdns.MdnsAdvertiser>();
        return builder.Build();
    }
}
