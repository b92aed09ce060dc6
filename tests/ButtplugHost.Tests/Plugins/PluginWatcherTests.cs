using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using ButtplugHost.Devices;
using ButtplugHost.Plugins;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Tests.Plugins;

/// <summary>Hot reload in process: the watcher adds, replaces and removes plugins; nothing keeps an unloaded one alive.</summary>
public sealed class PluginWatcherTests
{
    private const string TestDeviceId = "ButtplugHost.TestPlugins.TestDevice";

    private static async Task<T> WaitForAsync<T>(Func<T?> probe, string what, int timeoutMs = 10_000) where T : class
    {
        return await WaitForAsync(probe, () => what, timeoutMs);
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe, Func<string> what, int timeoutMs = 10_000) where T : class
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < until)
        {
            if (probe() is { } value)
                return value;
            await Task.Delay(25);
        }
        throw new TimeoutException("Timed out waiting for " + what());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Added_replaced_and_removed_folders_are_loaded_reloaded_and_unloaded(bool polling)
    {
        using var kit = new PluginTestKit(("Plugins:WatchQuietMs", "150"), ("Plugins:WatchByPolling", polling ? "true" : "false"));
        using var watcher = new PluginWatcher(kit.Catalog, kit.Configuration, kit.LoggerFactory.CreateLogger<PluginWatcher>(), TimeProvider.System);
        await watcher.StartAsync(CancellationToken.None);
        var folder = Path.Combine(kit.PluginsDir, "TestDevice");

        // A copy that arrives in two parts, the assembly last: loaded once complete.
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(PluginTestKit.TestDeviceBuild, "ButtplugHost.TestPlugins.TestDevice.deps.json"), Path.Combine(folder, "ButtplugHost.TestPlugins.TestDevice.deps.json"), true);
        await Task.Delay(50);
        PluginTestKit.CopyFolder(PluginTestKit.TestDeviceBuild, folder);
        var first = await WaitForAsync(() => kit.Catalog.FindByFolder(folder), "the new plugin to load");
        Assert.Equal(TestDeviceId, first.Id);
        var firstContext = AssemblyLoadContext.GetLoadContext(first.Protocols[0].GetType().Assembly);

        // Replaced (a newer build): a new instance in a new load context; the old one is unloaded.
        File.SetLastWriteTimeUtc(Path.Combine(folder, "ButtplugHost.TestPlugins.TestDevice.dll"), DateTime.UtcNow.AddSeconds(5));
        var second = await WaitForAsync(() => kit.Catalog.FindByFolder(folder) is { } p && p != first ? p : null, "the plugin to reload");
        Assert.NotSame(firstContext, AssemblyLoadContext.GetLoadContext(second.Protocols[0].GetType().Assembly));
        Assert.Empty(first.Protocols); // the old copy was taken out of service
        Assert.Single(kit.Catalog.Plugins);

        // Removed: unloaded.
        Directory.Delete(folder, recursive: true);
        await WaitForAsync(() => kit.Catalog.Plugins.Count == 0 ? "" : null, "the plugin to unload");
        Assert.True(kit.Log.Contains("was removed: unloading " + TestDeviceId));
        await watcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_replacement_that_does_not_load_leaves_the_running_copy_and_is_retried()
    {
        using var kit = new PluginTestKit(("Plugins:WatchQuietMs", "100"));
        var folder = kit.Install(PluginTestKit.TestDeviceBuild, "TestDevice");
        kit.Catalog.LoadAll();
        var running = kit.Catalog.FindByFolder(folder)!;
        using var watcher = new PluginWatcher(kit.Catalog, kit.Configuration, kit.LoggerFactory.CreateLogger<PluginWatcher>(), TimeProvider.System);
        await watcher.StartAsync(CancellationToken.None);

        File.WriteAllText(Path.Combine(folder, "plugin.json"), "{ broken");
        await WaitForAsync(() => kit.Log.Contains("attempt 1 of 5") ? "" : null, () => "a failed attempt; log:\n" + string.Join("\n", kit.Log.Lines));
        Assert.Same(running, kit.Catalog.FindByFolder(folder));

        // Fixed before the retries run out.
        File.WriteAllText(Path.Combine(folder, "plugin.json"), $"{{\"id\": \"{TestDeviceId}\", \"version\": \"1.0.1\"}}");
        var replaced = await WaitForAsync(() => kit.Catalog.FindByFolder(folder) is { } p && p != running ? p : null, "the fixed copy to load");
        Assert.Equal((TestDeviceId, "1.0.1"), (replaced.Id, replaced.Version));
        await watcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Watching_can_be_switched_off()
    {
        using var kit = new PluginTestKit(("Plugins:Watch", "false"), ("Plugins:WatchQuietMs", "50"));
        using var watcher = new PluginWatcher(kit.Catalog, kit.Configuration, kit.LoggerFactory.CreateLogger<PluginWatcher>(), TimeProvider.System);
        await watcher.StartAsync(CancellationToken.None);

        kit.Install(PluginTestKit.TestDeviceBuild, "TestDevice");
        await Task.Delay(500);

        Assert.Empty(kit.Catalog.Plugins);
        Assert.True(kit.Log.Contains("Plugin folders are not watched"));
        await watcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Removing_a_plugin_disconnects_its_devices_and_leaves_nothing_that_keeps_it_loaded()
    {
        using var kit = new PluginTestKit(
            ("Plugins:Directories:1", PluginTestKit.SimulatedBuild[..PluginTestKit.SimulatedBuild.LastIndexOf(Path.DirectorySeparatorChar)]),
            ("Simulated:Devices:0:Name", "TST-Vibe"));
        var manager = new DeviceManager(kit.Catalog, new UserDeviceConfig(kit.Configuration, kit.LoggerFactory.CreateLogger<UserDeviceConfig>()),
            new DeviceConfigFile(kit.Configuration, kit.LoggerFactory.CreateLogger<DeviceConfigFile>()), kit.Configuration, kit.LoggerFactory, TimeProvider.System);
        kit.Install(PluginTestKit.TestDeviceBuild, "TestDevice");
        await manager.StartAsync(CancellationToken.None);

        var (context, removed) = await ConnectDriveAndRemoveAsync(kit, manager);

        Assert.True(removed, "the device of the removed plugin was not removed");
        Assert.Empty(manager.Devices);
        Assert.True(PluginTestKit.WaitUntilCollected(context), "the removed plugin's load context is still referenced by the host");
        await manager.StopAsync(CancellationToken.None);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(WeakReference Context, bool Removed)> ConnectDriveAndRemoveAsync(PluginTestKit kit, DeviceManager manager)
    {
        var added = new TaskCompletionSource<ConnectedDevice>(TaskCreationOptions.RunContinuationsAsynchronously);
        var removed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnAdded(ConnectedDevice d) => added.TrySetResult(d);
        void OnRemoved(ConnectedDevice d) => removed.TrySetResult();
        manager.DeviceAdded += OnAdded;
        manager.DeviceRemoved += OnRemoved;
        try
        {
            await manager.StartScanningAsync();
            var device = await added.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal("Test Vibrator", device.Info.Name);
            device.QueueOutputs([new OutputCommand(0, OutputType.Vibrate, 10)]);
            var plugin = kit.Catalog.Plugins.Single(p => p.Id == TestDeviceId);
            var context = new WeakReference(AssemblyLoadContext.GetLoadContext(plugin.Protocols[0].GetType().Assembly));
            kit.Catalog.Remove(plugin);
            var gone = await Task.WhenAny(removed.Task, Task.Delay(5000)) == removed.Task;
            return (context, gone);
        }
        finally
        {
            manager.DeviceAdded -= OnAdded;
            manager.DeviceRemoved -= OnRemoved;
        }
    }
}
