using ButtplugHost.Plugins;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Plugins;

/// <summary>--validate-plugin and --list-plugins (data only: no plugin code runs), run as the real executable, and the validation rules.</summary>
public sealed class PluginCommandTests
{
    [Fact]
    public async Task Validate_accepts_a_good_plugin_with_exit_code_0()
    {
        var (exit, output) = await HostProcess.RunToEndAsync("--validate-plugin", PluginTestKit.TestDeviceBuild);

        Assert.Equal(0, exit);
        Assert.Contains("OK ButtplugHost.TestPlugins.TestDevice 1.0.0 (protocol, SDK 1.4): 1 protocol(s), 2 model(s) in devices.json", output, StringComparison.Ordinal);
        Assert.Contains("warning: no plugin.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_refuses_a_plugin_built_against_another_SDK_major_with_exit_code_1()
    {
        using var kit = new PluginTestKit();
        var folder = kit.Install(PluginTestKit.TestDeviceBuild, "TestDevice");
        PluginTestKit.PatchSdkReference(Path.Combine(folder, "ButtplugHost.TestPlugins.TestDevice.dll"), 2, 0);

        var (exit, output) = await HostProcess.RunToEndAsync("--validate-plugin", folder);

        Assert.Equal(1, exit);
        Assert.Contains($"INVALID {folder}: built against SDK 2.0, but this host has SDK 1.4", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_reports_a_manifest_that_contradicts_the_plugin()
    {
        using var kit = new PluginTestKit();
        var folder = kit.Install(PluginTestKit.FaultyBuild, "Faulty");
        File.WriteAllText(Path.Combine(folder, "plugin.json"), "{ \"id\": \"faulty\", \"version\": \"one\", \"kind\": \"vendor\", \"sdkVersion\": \"1.5\" }");

        var (exit, output) = await HostProcess.RunToEndAsync("--validate-plugin", folder);

        Assert.Equal(1, exit);
        Assert.Contains("problem: plugin.json \"version\" one is not a version number", output, StringComparison.Ordinal);
        Assert.Contains("problem: plugin.json \"kind\" vendor is not one of protocol, transport, mixed", output, StringComparison.Ordinal);
        Assert.Contains("problem: plugin.json says SDK 1.5, but the assembly was built against SDK 1.4", output, StringComparison.Ordinal);
        Assert.Contains("INVALID faulty: 3 problem(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_of_a_folder_without_a_plugin_fails()
    {
        using var kit = new PluginTestKit();

        var (exit, output) = await HostProcess.RunToEndAsync("--validate-plugin", kit.PluginsDir);

        Assert.Equal(1, exit);
        Assert.Contains("no assembly in the folder references ButtplugHost.Sdk", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_shows_loaded_plugins_with_their_devices_and_the_skipped_folders()
    {
        using var kit = new PluginTestKit();
        kit.Install(PluginTestKit.TestDeviceBuild, "TestDevice");
        var broken = Directory.CreateDirectory(Path.Combine(kit.PluginsDir, "Broken")).FullName;
        File.WriteAllText(Path.Combine(broken, "Broken.dll"), "not an assembly");

        var (exit, output) = await HostProcess.RunToEndAsync("--list-plugins", "--plugins-dir", kit.PluginsDir);

        Assert.Equal(1, exit);
        Assert.Contains("ButtplugHost.TestPlugins.TestDevice 1.0.0 (protocol, SDK 1.4)", output, StringComparison.Ordinal);
        Assert.Contains("  protocol testdevice: Test Device; 2 models: Test Device With Gap, Test Vibrator; found by btle TST-*, websocket TSTDevice", output, StringComparison.Ordinal);
        Assert.Contains($"SKIPPED {broken}: no assembly in the folder references ButtplugHost.Sdk", output, StringComparison.Ordinal);
        Assert.Contains("1 plugin(s), 1 skipped", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_exits_0_when_every_folder_loads()
    {
        var (exit, output) = await HostProcess.RunToEndAsync("--list-plugins", "--plugins-dir", RepoPaths.TestPlugins);

        Assert.Equal(0, exit);
        Assert.Contains("protocol testdevice", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_and_validate_run_no_plugin_code()
    {
        // The Faulty plugin throws from Configure with this setting: reading its data must not notice.
        using var kit = new PluginTestKit();
        var folder = kit.Install(PluginTestKit.FaultyBuild, "Faulty");

        var (listExit, list) = await HostProcess.RunToEndAsync("--list-plugins", "--plugins-dir", kit.PluginsDir, "--Faulty:Throw=Configure");
        var (validateExit, validate) = await HostProcess.RunToEndAsync("--validate-plugin", folder, "--Faulty:Throw=Configure");

        Assert.Equal((0, 0), (listExit, validateExit));
        Assert.Contains("faulty 1.0.0 (mixed, SDK 1.4)", list, StringComparison.Ordinal);
        Assert.Contains("OK faulty 1.0.0 (mixed, SDK 1.4)", validate, StringComparison.Ordinal);
        Assert.DoesNotContain("fails in Configure", list + validate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_says_when_each_plugin_is_loaded()
    {
        using var kit = new PluginTestKit();
        PluginFarm.InstallOne(kit.PluginsDir, 1);
        kit.Install(PluginTestKit.SimulatedBuild, "Simulated");
        kit.Install(Path.Combine(RepoPaths.BuiltInPlugins, "DeviceWebSocket"), "DeviceWebSocket");

        var (exit, output) = await HostProcess.RunToEndAsync("--list-plugins", "--plugins-dir", kit.PluginsDir, "--DeviceWebSocket:Enabled=false");

        Assert.Equal(0, exit);
        Assert.Contains("generated-001 1.0.0 (protocol, SDK 1.4)", output, StringComparison.Ordinal);
        Assert.Contains("  loaded when a device needs it", output, StringComparison.Ordinal);
        Assert.Contains("  loaded at start", output, StringComparison.Ordinal);
        Assert.Contains("  not loaded: DeviceWebSocket:Enabled is false", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_reports_definition_problems_of_each_protocol()
    {
        var definition = new ProtocolDefinition
        {
            Name = "broken",
            Defaults = new DeviceConfiguration { Name = "Broken", Features = [new FeatureDefinition { Index = 0, Output = new() { [OutputType.Vibrate] = new OutputProperties() } }] },
            Configurations = [new DeviceConfiguration { Identifier = ["X"], Name = "Empty", Features = [] }],
        };

        var problems = PluginValidation.CheckDefinitions([definition]).ToList();

        Assert.Contains("protocol broken: no communication specifier: no device can ever match it", problems);
        Assert.Contains(problems, p => p.StartsWith("protocol broken: defaults: feature 0 Vibrate range", StringComparison.Ordinal));
        Assert.Contains("protocol broken: model Empty (X) has no features", problems);
    }
}
