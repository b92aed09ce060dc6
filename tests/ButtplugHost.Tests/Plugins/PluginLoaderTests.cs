using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using ButtplugHost.Plugins;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Tests.Plugins;

/// <summary>Loading one plugin folder: isolation, SDK version check, broken and faulty plugins, unloading.</summary>
public sealed class PluginLoaderTests
{
    [Fact]
    public void A_plugin_lives_in_its_own_collectible_load_context_and_shares_the_SDK()
    {
        using var kit = new PluginTestKit();
        var plugin = kit.Loader.Load(PluginTestKit.TestDeviceBuild);
        try
        {
            var protocol = Assert.Single(plugin.Protocols);
            var context = AssemblyLoadContext.GetLoadContext(protocol.GetType().Assembly);
            Assert.NotNull(context);
            Assert.NotSame(AssemblyLoadContext.Default, context);
            Assert.True(context.IsCollectible);
            // The SDK types the plugin uses are the host's own, or the host could not call it.
            Assert.Same(typeof(IProtocol).Assembly, protocol.GetType().BaseType!.Assembly);
            Assert.Equal(new Version(1, 4), plugin.SdkVersion);
        }
        finally
        {
            plugin.Loader.Dispose();
        }
    }

    [Fact]
    public void A_plugin_built_against_a_newer_SDK_major_is_refused_with_a_clear_message()
    {
        using var kit = new PluginTestKit();
        var folder = kit.Install(PluginTestKit.TestDeviceBuild, "TestDevice");
        PluginTestKit.PatchSdkReference(Path.Combine(folder, "ButtplugHost.TestPlugins.TestDevice.dll"), 2, 0);

        var e = Assert.Throws<PluginLoadException>(() => kit.Loader.Load(folder));

        Assert.Equal("built against SDK 2.0, but this host has SDK 1.4: the SDK major versions differ (a major version breaks plugins); rebuild it against ButtplugHost.Sdk 1.x.", e.Message);
        Assert.Null(kit.Catalog.TryLoad(folder));
        Assert.True(kit.Log.Contains("Skipped plugin folder " + folder + ": built against SDK 2.0"));
    }

    [Fact]
    public void A_plugin_built_against_a_newer_SDK_minor_is_refused()
    {
        using var kit = new PluginTestKit();
        var folder = kit.Install(PluginTestKit.TestDeviceBuild, "TestDevice");
        var dll = Path.Combine(folder, "ButtplugHost.TestPlugins.TestDevice.dll");
        PluginTestKit.PatchSdkReference(dll, 1, 5);

        var e = Assert.Throws<PluginLoadException>(() => kit.Loader.Load(folder));

        Assert.Contains("built against SDK 1.5, but this host has SDK 1.4: the plugin needs a host with SDK 1.5 or newer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_plugin_folders_are_skipped_with_a_reason_and_the_others_load()
    {
        using var kit = new PluginTestKit();
        kit.Install(PluginTestKit.TestDeviceBuild, "Good");
        var garbage = Directory.CreateDirectory(Path.Combine(kit.PluginsDir, "Garbage")).FullName;
        File.WriteAllText(Path.Combine(garbage, "Garbage.dll"), "this is not an assembly");
        var badManifest = kit.Install(PluginTestKit.TestDeviceBuild, "BadManifest");
        File.WriteAllText(Path.Combine(badManifest, "plugin.json"), "{ \"id\": ");
        var truncated = kit.Install(PluginTestKit.TestDeviceBuild, "Truncated");
        var dll = Path.Combine(truncated, "ButtplugHost.TestPlugins.TestDevice.dll");
        File.WriteAllBytes(dll, File.ReadAllBytes(dll)[..4096]);

        var skipped = kit.Catalog.LoadAll();

        Assert.Equal("ButtplugHost.TestPlugins.TestDevice", Assert.Single(kit.Catalog.Plugins).Id);
        Assert.Equal(["BadManifest", "Garbage", "Truncated"], skipped.Select(s => Path.GetFileName(s.Folder)).Order(StringComparer.Ordinal));
        Assert.Contains(skipped, s => s.Reason.Contains("plugin.json is not valid", StringComparison.Ordinal));
        Assert.Contains(skipped, s => s.Reason.Contains("no assembly in the folder references ButtplugHost.Sdk", StringComparison.Ordinal));
        Assert.Equal(3, kit.Log.Lines.Count(l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("Skipped plugin folder", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_plugin_throwing_from_Configure_is_skipped_and_logged()
    {
        using var kit = new PluginTestKit(("Faulty:Throw", "Configure"));
        var folder = kit.Install(PluginTestKit.FaultyBuild, "Faulty");

        Assert.Null(kit.Catalog.TryLoad(folder));

        Assert.Empty(kit.Catalog.Plugins);
        Assert.True(kit.Log.Contains("ButtplugHost.TestPlugins.Faulty.FaultyPlugin.Configure threw InvalidOperationException: Faulty fails in Configure on purpose"));
    }

    [Fact]
    public void Two_folders_with_the_same_plugin_id_load_once()
    {
        using var kit = new PluginTestKit();
        kit.Install(PluginTestKit.TestDeviceBuild, "A");
        kit.Install(PluginTestKit.TestDeviceBuild, "B");

        var skipped = kit.Catalog.LoadAll();

        Assert.Single(kit.Catalog.Plugins);
        Assert.Contains("is already installed from", Assert.Single(skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unloaded_plugin_load_context_is_collected()
    {
        using var kit = new PluginTestKit();
        var folder = kit.Install(PluginTestKit.TestDeviceBuild, "TestDevice");

        var context = LoadUseAndRemove(kit, folder);

        Assert.True(PluginTestKit.WaitUntilCollected(context), "the plugin's load context is still referenced after unloading");
    }

    // Not inlined, so no local of the caller keeps the plugin alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadUseAndRemove(PluginTestKit kit, string folder)
    {
        var plugin = kit.Catalog.TryLoad(folder)!;
        var protocol = plugin.Protocols[0];
        var hardware = MemoryHardware.Create("TST-Vibe");
        var handler = protocol.CreateHandler(new ProtocolDevice(hardware, protocol.Definition.Resolve("TST-Vibe"), NullLogger.Instance));
        Assert.NotEmpty(handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, 10)]));
        var context = new WeakReference(AssemblyLoadContext.GetLoadContext(protocol.GetType().Assembly));
        kit.Catalog.Remove(plugin);
        Assert.Empty(kit.Catalog.Plugins);
        return context;
    }
}
