using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Dashboard;

/// <summary>The real server with a simulated Lovense Hush (battery 85 %) and its status page on a free port.</summary>
public sealed class StatusServer : IAsyncDisposable
{
    private StatusServer(HostProcess host, SimulatedSetup sim, string pageUrl, TempDir dir)
    {
        Host = host;
        Sim = sim;
        PageUrl = pageUrl;
        Dir = dir;
    }

    public HostProcess Host { get; }

    public SimulatedSetup Sim { get; }

    /// <summary>http://127.0.0.1:PORT (no trailing slash).</summary>
    public string PageUrl { get; }

    /// <summary>Holds the user device config file (user-device-config.json) and extra plugin folders.</summary>
    public TempDir Dir { get; }

    public string UserConfigPath => Dir.File("user-device-config.json");

    /// <param name="extraPluginDir">A plugin directory loaded besides the built-in ones (e.g. holding a broken plugin).</param>
    public static async Task<StatusServer> StartAsync(string? extraPluginDir = null, params string[] more)
    {
        var dir = new TempDir();
        var sim = new SimulatedSetup().Device("LVS-Hush", "SIM:HUSH", [("DeviceType;", "Z:11:0082059AD3BD;"), ("Battery;", "85;")]);
        var port = FreePort.Next();
        var plugins = new List<string> { RepoPaths.BuiltInPlugins };
        if (extraPluginDir is not null)
            plugins.Add(extraPluginDir);
        var host = await HostProcess.StartWithPluginsAsync(plugins,
            sim.Args(["--dashboard-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--user-device-config-file", dir.File("user-device-config.json"), .. more]));
        await host.WaitForLogAsync("Status page:", 20_000);
        // The buses start in the background; until they have, /healthz says "starting".
        await host.WaitForLogAsync("buses started in", 20_000);
        return new StatusServer(host, sim, $"http://127.0.0.1:{port}", dir);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Sim.Dispose();
        Dir.Dispose();
    }
}
