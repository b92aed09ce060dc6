using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Plugins;

/// <summary>
/// Transport and mixed plugins that configuration turns off are not loaded at all, decided from their
/// plugin.json (enabledBy, enabledByDefault) before any of their code runs.
/// </summary>
public sealed class PluginSwitchTests
{
    private const string Faulty = "faulty";

    // The Faulty test plugin (kind "mixed") with extra plugin.json keys.
    private static void InstallFaulty(PluginTestKit kit, string folder, Action<JsonObject> manifest)
    {
        var target = kit.Install(PluginTestKit.FaultyBuild, folder);
        var path = Path.Combine(target, "plugin.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        manifest(json);
        File.WriteAllText(path, json.ToJsonString());
    }

    [Fact]
    public void A_mixed_plugin_off_by_default_is_not_loaded_until_its_section_turns_it_on()
    {
        using (var off = new PluginTestKit())
        {
            InstallFaulty(off, "Faulty", m => m["enabledByDefault"] = false);
            Assert.Empty(off.Catalog.LoadAll());
            Assert.Empty(off.Catalog.Plugins);
            Assert.Equal(["Faulty"], off.Catalog.Disabled);
            Assert.True(off.Log.Contains("Plugin faulty not loaded: Faulty:Enabled is not true (the plugin is off unless turned on)"));
        }
        using var on = new PluginTestKit(("Faulty:Enabled", "true"));
        InstallFaulty(on, "Faulty", m => m["enabledByDefault"] = false);
        on.Catalog.LoadAll();
        Assert.Equal([Faulty], on.Catalog.Plugins.Select(p => p.Id));
        Assert.Empty(on.Catalog.Disabled);
    }

    [Fact]
    public void A_mixed_plugin_whose_section_says_false_is_not_loaded()
    {
        using var kit = new PluginTestKit(("Faulty:Enabled", "false"));
        kit.Install(PluginTestKit.FaultyBuild, "Faulty");

        kit.Catalog.LoadAll();

        Assert.Empty(kit.Catalog.Plugins);
        Assert.True(kit.Log.Contains("Plugin faulty not loaded: Faulty:Enabled is false"));
    }

    [Fact]
    public void A_plugin_with_several_sections_loads_when_any_of_them_is_on()
    {
        (string, string?)[] oneOn = [("BusA:Enabled", "false"), ("BusB:Enabled", "true")];
        using (var kit = new PluginTestKit(oneOn))
        {
            InstallFaulty(kit, "Faulty", m => m["enabledBy"] = new JsonArray("BusA", "BusB"));
            kit.Catalog.LoadAll();
            Assert.Equal([Faulty], kit.Catalog.Plugins.Select(p => p.Id));
        }
        using (var kit = new PluginTestKit(("BusA:Enabled", "false"), ("BusB:Enabled", "false"), ("Faulty:Enabled", "true")))
        {
            // The folder's name no longer counts once enabledBy names the sections.
            InstallFaulty(kit, "Faulty", m => m["enabledBy"] = new JsonArray("BusA", "BusB"));
            kit.Catalog.LoadAll();
            Assert.Empty(kit.Catalog.Plugins);
            Assert.True(kit.Log.Contains("Plugin faulty not loaded: BusA:Enabled and BusB:Enabled are false"));
        }
    }

    [Fact]
    public void A_plugin_turned_off_loads_once_its_folder_changes_to_a_copy_that_is_on()
    {
        using var kit = new PluginTestKit();
        var folder = kit.Install(PluginTestKit.FaultyBuild, "Faulty");
        var manifest = Path.Combine(folder, "plugin.json");
        var json = JsonNode.Parse(File.ReadAllText(manifest))!.AsObject();
        json["enabledByDefault"] = false;
        File.WriteAllText(manifest, json.ToJsonString());
        kit.Catalog.LoadAll();
        Assert.Empty(kit.Catalog.Plugins);

        // Hot drop-in of a copy that is on by default: the watcher's update loads it.
        json.Remove("enabledByDefault");
        File.WriteAllText(manifest, json.ToJsonString());
        File.SetLastWriteTimeUtc(manifest, DateTime.UtcNow.AddSeconds(5));
        Assert.Equal((true, null), kit.Catalog.Update(folder));

        Assert.Equal([Faulty], kit.Catalog.Plugins.Select(p => p.Id));
        Assert.Empty(kit.Catalog.Disabled);
    }

    [Fact]
    public async Task The_built_in_plugins_that_are_off_by_default_are_listed_as_not_loaded()
    {
        var (exit, output) = await HostProcess.RunToEndAsync("--list-plugins", "--plugins-dir", RepoPaths.BuiltInPlugins);
        var (_, dongle) = await HostProcess.RunToEndAsync("--list-plugins", "--plugins-dir", RepoPaths.BuiltInPlugins, "--use-lovense-dongle-hid");

        Assert.Equal(0, exit);
        Assert.Contains("  not loaded: LovenseConnect:Enabled is not true (the plugin is off unless turned on)", output, StringComparison.Ordinal);
        Assert.Contains("  not loaded: XInput:Enabled is not true (the plugin is off unless turned on)", output, StringComparison.Ordinal);
        // The HID plugin also carries the Lovense dongle (HID mode): either bus loads it.
        Assert.Contains("hid 1.0.0 (transport, SDK 1.4)", dongle, StringComparison.Ordinal);
        Assert.DoesNotContain("not loaded: Hid:Enabled", dongle, StringComparison.Ordinal);
        Assert.Contains("  not loaded: Serial:Enabled is false", dongle, StringComparison.Ordinal);
    }
}
