using System.Runtime.Loader;
using ButtplugHost.Devices;
using ButtplugHost.Plugins;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Tests.Plugins;

/// <summary>
/// Transport plugins whose plugin.json says <c>"loadWhen": "scan"</c> (the Simulated build among them):
/// not loaded while no client has scanned (the load contexts show it), loaded and started by the first
/// scan, which finds a device at once; loaded at start when a <c>loadAtStartWith</c> key is set, or
/// with <c>Plugins:LoadOnDemand=false</c>. In process, with the Simulated transport and one generated protocol plugin.
/// </summary>
public sealed class ScanTimeLoadTests
{
    private const string SimulatedAssembly = "ButtplugHost.Plugins.Simulated";

    private sealed class Rig : IAsyncDisposable
    {
        public Rig(params (string Key, string? Value)[] settings)
        {
            Kit = new PluginTestKit([.. settings, ("Simulated:Devices:0:Name", PluginFarm.DeviceName(7)), ("Simulated:Devices:0:Address", "SIM:GEN-007")]);
            Kit.Install(PluginTestKit.SimulatedBuild, "Simulated");
            PluginFarm.InstallOne(Kit.PluginsDir, 7);
            Manager = new DeviceManager(Kit.Catalog, new UserDeviceConfig(Kit.Configuration, Kit.LoggerFactory.CreateLogger<UserDeviceConfig>()),
                new DeviceConfigFile(Kit.Configuration, Kit.LoggerFactory.CreateLogger<DeviceConfigFile>()), Kit.Configuration, Kit.LoggerFactory, TimeProvider.System);
            Manager.DeviceAdded += d => Added.TrySetResult(d);
        }

        public PluginTestKit Kit { get; }

        public DeviceManager Manager { get; }

        public TaskCompletionSource<ConnectedDevice> Added { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task StartAsync()
        {
            await Manager.StartAsync(CancellationToken.None);
            await Manager.BusesStarted.WaitAsync(TimeSpan.FromSeconds(30));
        }

        public async ValueTask DisposeAsync()
        {
            await Manager.StopAsync(CancellationToken.None);
            Kit.Dispose();
        }
    }

    // Load contexts holding the Simulated plugin's assembly (earlier tests' contexts may still await collection).
    private static List<AssemblyLoadContext> SimulatedContexts() =>
        [.. AssemblyLoadContext.All.Where(c => c.Assemblies.Any(a => a.GetName().Name == SimulatedAssembly))];

    [Fact]
    public async Task A_bus_that_loads_at_the_first_scan_is_not_loaded_while_idle_and_the_first_scan_finds_a_device()
    {
        await using var rig = new Rig();
        var before = SimulatedContexts();

        await rig.StartAsync();

        Assert.Empty(rig.Kit.Catalog.Plugins);
        Assert.Equal(["simulated"], rig.Kit.Catalog.WaitingForScan.Select(d => d.Id));
        Assert.Empty(rig.Manager.Buses);
        Assert.Empty(SimulatedContexts().Except(before));
        Assert.True(rig.Kit.Log.Contains("1 at the first scan (simulated)"), string.Join("\n", rig.Kit.Log.Lines));

        await rig.Manager.StartScanningAsync();
        var device = await rig.Added.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(PluginFarm.DeviceName(7), device.Identity.Name);
        Assert.Equal("simulated", device.Identity.Transport);
        Assert.Contains(rig.Kit.Catalog.Plugins, p => p.Id == "simulated");
        Assert.Empty(rig.Kit.Catalog.WaitingForScan);
        Assert.Single(SimulatedContexts().Except(before));
        Assert.Contains(rig.Manager.Buses, b => b.Name == "simulated" && b.UnavailableReason is null);
        Assert.True(rig.Kit.Log.Contains("Loaded 1 plugin(s) for the first scan (simulated) and started their buses in "));
    }

    [Fact]
    public async Task A_second_scan_loads_nothing_again()
    {
        await using var rig = new Rig();
        await rig.StartAsync();
        await rig.Manager.StartScanningAsync();
        await rig.Added.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await rig.Manager.StopScanningAsync();

        await rig.Manager.StartScanningAsync();

        Assert.Single(rig.Kit.Catalog.Plugins, p => p.Id == "simulated");
        Assert.Single(rig.Kit.Log.Lines, l => l.Contains("for the first scan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_load_at_start_with_key_that_is_set_loads_the_bus_at_start()
    {
        using var dir = new Infrastructure.TempDir();
        await using var rig = new Rig(("Simulated:DevicesFile", dir.File("devices.json")));

        await rig.StartAsync();

        Assert.Contains(rig.Kit.Catalog.Plugins, p => p.Id == "simulated");
        Assert.Empty(rig.Kit.Catalog.WaitingForScan);
        Assert.Contains(rig.Manager.Buses, b => b.Name == "simulated");
    }

    [Fact]
    public async Task With_load_on_demand_off_the_bus_loads_at_start()
    {
        await using var rig = new Rig(("Plugins:LoadOnDemand", "false"));

        await rig.StartAsync();

        Assert.Contains(rig.Kit.Catalog.Plugins, p => p.Id == "simulated");
        Assert.Empty(rig.Kit.Catalog.WaitingForScan);
    }

    [Fact]
    public async Task Removing_a_waiting_bus_folder_forgets_it()
    {
        await using var rig = new Rig();
        await rig.StartAsync();
        var folder = Assert.Single(rig.Kit.Catalog.WaitingForScan).Folder;

        Directory.Delete(folder, recursive: true);
        Assert.True(rig.Kit.Catalog.Update(folder).Ok);

        Assert.Empty(rig.Kit.Catalog.WaitingForScan);
        Assert.True(rig.Kit.Log.Contains("simulated is no longer installed"));
    }
}
