using System.Runtime.Loader;
using System.Text;
using ButtplugHost.Devices;
using ButtplugHost.Plugins;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Tests.Plugins;

/// <summary>
/// Protocol plugins known from their data: indexed at start without loading any assembly, loaded
/// when a device first matches, one broken plugin failing only its devices, hot drop-in, replace and
/// remove of loaded and not-yet-loaded plugins. In process, with the Simulated transport.
/// </summary>
public sealed class OnDemandLoadingTests
{
    private const string SimulatedId = "simulated";

    /// <summary>A device manager over a fresh plugin directory with the Simulated transport and <paramref name="devices"/>.</summary>
    private sealed class Rig : IAsyncDisposable
    {
        public Rig(string[] devices, params (string Key, string? Value)[] settings)
        {
            Kit = new PluginTestKit([.. settings, .. devices.SelectMany((name, i) => new (string, string?)[]
            {
                ($"Simulated:Devices:{i}:Name", name),
                ($"Simulated:Devices:{i}:Address", "SIM:" + name),
            })]);
            Kit.Install(PluginTestKit.SimulatedBuild, "Simulated");
            Manager = new DeviceManager(Kit.Catalog, new UserDeviceConfig(Kit.Configuration, Kit.LoggerFactory.CreateLogger<UserDeviceConfig>()),
                new DeviceConfigFile(Kit.Configuration, Kit.LoggerFactory.CreateLogger<DeviceConfigFile>()), Kit.Configuration, Kit.LoggerFactory, TimeProvider.System);
            Manager.DeviceAdded += d => { lock (Added) Added.Add(d); };
        }

        public PluginTestKit Kit { get; }

        public DeviceManager Manager { get; }

        public List<ConnectedDevice> Added { get; } = [];

        public PluginWatcher? Watcher { get; private set; }

        public async Task StartAsync(bool watch = false)
        {
            await Manager.StartAsync(CancellationToken.None);
            // The startup load runs in the background; these tests look at the catalog right after it.
            await Manager.BusesStarted.WaitAsync(TimeSpan.FromSeconds(30));
            if (!watch)
                return;
            Watcher = new PluginWatcher(Kit.Catalog, Kit.Configuration, Kit.LoggerFactory.CreateLogger<PluginWatcher>(), TimeProvider.System);
            await Watcher.StartAsync(CancellationToken.None);
        }

        public Task<ConnectedDevice> DeviceAsync(string name) =>
            WaitForAsync(() => { lock (Added) return Added.LastOrDefault(d => d.Identity.Name == name && Manager.Find(d.Info.Index) == d); }, $"{name} to connect", this);

        public Task LogAsync(string text) => WaitForAsync(() => Kit.Log.Contains(text) ? "" : null, $"a log line with '{text}'", this);

        public async ValueTask DisposeAsync()
        {
            if (Watcher is not null)
            {
                await Watcher.StopAsync(CancellationToken.None);
                Watcher.Dispose();
            }
            await Manager.StopAsync(CancellationToken.None);
            Kit.Dispose();
        }
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe, string what, Rig rig) where T : class
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until)
        {
            if (probe() is { } value)
                return value;
            await Task.Delay(25);
        }
        throw new TimeoutException($"Timed out waiting for {what}. Log:\n{string.Join("\n", rig.Kit.Log.Lines)}");
    }

    /// <summary>The load contexts (of this test's catalog) that hold a Generated plugin copy, by plugin id.</summary>
    private static List<string> LoadedGenerated(PluginCatalog catalog) =>
        [.. catalog.Plugins
            .Where(p => p.Protocols.Any(x => AssemblyLoadContext.GetLoadContext(x.GetType().Assembly) is { } c && c != AssemblyLoadContext.Default
                && c.Assemblies.Any(a => a.GetName().Name == PluginFarm.AssemblyName)))
            .Select(p => p.Id).Order(StringComparer.Ordinal)];

    private static List<AssemblyLoadContext> GeneratedContexts() =>
        [.. AssemblyLoadContext.All.Where(c => c.Assemblies.Any(a => a.GetName().Name == PluginFarm.AssemblyName))];

    [Fact]
    public async Task With_100_generated_plugins_installed_no_plugin_assembly_is_loaded_at_start()
    {
        await using var rig = new Rig([]);
        PluginFarm.Install(rig.Kit.PluginsDir, 100);
        var before = GeneratedContexts();

        await rig.StartAsync();

        Assert.Equal(100, rig.Kit.Catalog.Declared.Count);
        Assert.All(rig.Kit.Catalog.Declared, d => Assert.Null(d.Loaded));
        // Nothing is loaded: the simulated bus waits for the first scan (ScanTimeLoadTests).
        Assert.Empty(rig.Kit.Catalog.Plugins);
        Assert.Equal([SimulatedId], rig.Kit.Catalog.WaitingForScan.Select(p => p.Id));
        // No load context holds a Generated assembly that was not there before (earlier tests' contexts may still await collection).
        Assert.Empty(GeneratedContexts().Except(before));
        // Every declared protocol is in the matching index.
        Assert.Equal(100, rig.Kit.Catalog.Protocols.Count(p => p.Name.StartsWith("generated-", StringComparison.Ordinal)));
        Assert.Contains(rig.Manager.AllSpecifiers(), s => s.Btle?.Names.Contains(PluginFarm.DeviceName(77)) == true);
    }

    [Fact]
    public async Task A_matching_device_loads_exactly_its_plugin()
    {
        await using var rig = new Rig([PluginFarm.DeviceName(42)]);
        PluginFarm.Install(rig.Kit.PluginsDir, 100);
        await rig.StartAsync();

        await rig.Manager.StartScanningAsync();
        var device = await rig.DeviceAsync(PluginFarm.DeviceName(42));

        Assert.Equal("Generated Vibrator 042", device.Info.Name);
        Assert.Equal(PluginFarm.Id(42), device.PluginId);
        Assert.Equal([PluginFarm.Id(42)], LoadedGenerated(rig.Kit.Catalog));
        Assert.Equal([PluginFarm.Id(42), SimulatedId], rig.Kit.Catalog.Plugins.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Single(rig.Kit.Catalog.Declared, d => d.Loaded is not null);
        Assert.True(rig.Kit.Log.Contains($"Loaded plugin {PluginFarm.Id(42)} 1.0.0 for a {PluginFarm.Id(42)} device in "));
        // The loaded protocol drives the device.
        var hardware = Assert.IsType<MemoryHardware>(device.Hardware);
        device.QueueOutputs([new OutputCommand(0, OutputType.Vibrate, 7)]);
        await WaitForAsync(() => hardware.Writes.Any(w => w.Endpoint == "tx" && Encoding.ASCII.GetString(w.Data) == "V0:7;") ? "" : null, "the write V0:7;", rig);
    }

    [Fact]
    public async Task Two_devices_of_one_plugin_found_together_load_it_once()
    {
        await using var rig = new Rig(["GEN-PAIR-1", "GEN-PAIR-2"]);
        PluginFarm.InstallOne(rig.Kit.PluginsDir, 5, "GEN-PAIR*");
        await rig.StartAsync();

        await rig.Manager.StartScanningAsync();
        await rig.DeviceAsync("GEN-PAIR-1");
        await rig.DeviceAsync("GEN-PAIR-2");

        Assert.Single(rig.Kit.Log.Lines, l => l.Contains($"Loaded plugin {PluginFarm.Id(5)} 1.0.0 for a", StringComparison.Ordinal));
        Assert.Equal([PluginFarm.Id(5)], LoadedGenerated(rig.Kit.Catalog));
    }

    [Fact]
    public async Task A_plugin_whose_DLL_is_corrupt_fails_only_its_device_and_is_retried_when_its_folder_changes()
    {
        await using var rig = new Rig([PluginFarm.DeviceName(1), PluginFarm.DeviceName(2)], ("Plugins:WatchQuietMs", "100"));
        PluginFarm.Install(rig.Kit.PluginsDir, 3);
        var dll = Path.Combine(rig.Kit.PluginsDir, PluginFarm.Id(1), PluginFarm.AssemblyName + ".dll");
        File.WriteAllText(dll, "this is not an assembly");
        await rig.StartAsync(watch: true);

        await rig.Manager.StartScanningAsync();
        await rig.DeviceAsync(PluginFarm.DeviceName(2));
        await rig.LogAsync($"Could not connect {PluginFarm.DeviceName(1)} (SIM:{PluginFarm.DeviceName(1)}) as {PluginFarm.Id(1)}: plugin {PluginFarm.Id(1)} did not load: ");
        Assert.True(rig.Kit.Log.Contains($"Plugin {PluginFarm.Id(1)} from "));
        Assert.DoesNotContain(rig.Manager.Devices, d => d.Identity.Name == PluginFarm.DeviceName(1));
        Assert.Equal([PluginFarm.Id(2)], LoadedGenerated(rig.Kit.Catalog));
        await rig.Manager.StopScanningAsync();

        // The folder is fixed: the plugin gets a new chance, and its device connects at the next scan.
        File.Copy(Path.Combine(PluginFarm.GeneratedBuild, PluginFarm.AssemblyName + ".dll"), dll, overwrite: true);
        var folder = Path.GetDirectoryName(dll)!;
        await WaitForAsync(() => rig.Kit.Catalog.FindDeclared(folder) is { LoadError: null } d ? d : null, "the fixed plugin to be indexed again", rig);
        await rig.Manager.StartScanningAsync();
        await rig.DeviceAsync(PluginFarm.DeviceName(1));
        Assert.Equal([PluginFarm.Id(1), PluginFarm.Id(2)], LoadedGenerated(rig.Kit.Catalog));
    }

    [Fact]
    public async Task A_plugin_not_yet_loaded_is_dropped_in_changed_and_removed_from_its_data_alone()
    {
        await using var rig = new Rig([], ("Plugins:WatchQuietMs", "100"));
        await rig.StartAsync(watch: true);
        var catalog = rig.Kit.Catalog;

        var folder = PluginFarm.InstallOne(rig.Kit.PluginsDir, 7);
        var first = await WaitForAsync(() => catalog.FindDeclared(folder), "the dropped-in plugin to be indexed", rig);
        Assert.Contains(rig.Manager.AllSpecifiers(), s => s.Btle?.Names.Contains("GEN-007") == true);

        // New definitions (another device name): the index follows, still without loading code.
        PluginFarm.Rewrite(folder, 7, "GEN-SEVEN");
        await WaitForAsync(() => catalog.FindDeclared(folder) is { } d && d != first ? d : null, "the changed definitions to be indexed", rig);
        Assert.Contains(rig.Manager.AllSpecifiers(), s => s.Btle?.Names.Contains("GEN-SEVEN") == true);
        Assert.DoesNotContain(rig.Manager.AllSpecifiers(), s => s.Btle?.Names.Contains("GEN-007") == true);

        Directory.Delete(folder, recursive: true);
        await WaitForAsync(() => catalog.FindDeclared(folder) is null ? "" : null, "the removed plugin to leave the index", rig);
        Assert.DoesNotContain(rig.Manager.AllSpecifiers(), s => s.Btle?.Names.Contains("GEN-SEVEN") == true);
        Assert.Empty(LoadedGenerated(catalog));
        Assert.Empty(catalog.Plugins);
    }

    [Fact]
    public async Task A_loaded_plugin_that_is_replaced_or_removed_is_stopped_and_unloaded()
    {
        await using var rig = new Rig([PluginFarm.DeviceName(9)], ("Plugins:WatchQuietMs", "100"));
        var folder = PluginFarm.InstallOne(rig.Kit.PluginsDir, 9);
        await rig.StartAsync(watch: true);
        var catalog = rig.Kit.Catalog;
        var removed = new TaskCompletionSource<ConnectedDevice>(TaskCreationOptions.RunContinuationsAsynchronously);
        rig.Manager.DeviceRemoved += d => removed.TrySetResult(d);
        await rig.Manager.StartScanningAsync();
        var device = await rig.DeviceAsync(PluginFarm.DeviceName(9));
        var loaded = catalog.FindByFolder(folder)!;
        await rig.Manager.StopScanningAsync();

        // Replaced (a newer build): the running copy's device is disconnected and the copy unloaded;
        // the new copy is indexed and waits for a device.
        File.SetLastWriteTimeUtc(Path.Combine(folder, PluginFarm.AssemblyName + ".dll"), DateTime.UtcNow.AddSeconds(5));
        Assert.Same(device, await removed.Task.WaitAsync(TimeSpan.FromSeconds(20)));
        var replaced = await WaitForAsync(() => catalog.FindDeclared(folder) is { } d && d.Loaded is null ? d : null, "the new copy to be indexed", rig);
        Assert.Null(catalog.FindByFolder(folder));
        Assert.Empty(loaded.Protocols);
        Assert.Empty(LoadedGenerated(catalog));

        // The new copy loads at the next matching device.
        await rig.Manager.StartScanningAsync();
        var again = await rig.DeviceAsync(PluginFarm.DeviceName(9));
        Assert.NotSame(device, again);
        Assert.NotNull(replaced.Loaded);
        await rig.Manager.StopScanningAsync();

        // Removed: its device goes, the plugin is unloaded and leaves the index.
        Directory.Delete(folder, recursive: true);
        await WaitForAsync(() => catalog.FindDeclared(folder) is null && catalog.FindByFolder(folder) is null ? "" : null, "the plugin to be removed", rig);
        Assert.DoesNotContain(rig.Manager.Devices, d => d.Identity.Name == PluginFarm.DeviceName(9));
        Assert.True(rig.Kit.Log.Contains($"Unloaded plugin {PluginFarm.Id(9)}"));
    }
}
