using System.Text.RegularExpressions;
using ButtplugHost.Plugins;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Plugins;

/// <summary>--list-devices from the plugins' definitions, and docs/devices.md kept in step with them.</summary>
public sealed partial class DeviceListTests
{
    [Fact]
    public async Task List_devices_prints_every_model_with_protocol_plugin_bus_and_features()
    {
        var (exit, output) = await HostProcess.RunToEndAsync("--list-devices", "--plugins-dir", RepoPaths.TestPlugins);

        Assert.Equal(0, exit);
        Assert.Matches(@"Test Device With Gap +testdevice \(ButtplugHost\.TestPlugins\.TestDevice; Bluetooth LE, network, HID\): vibrate ×2, rotate, position, hw_position_with_duration, oscillate, constrict, temperature, led, spray; reads battery, rssi, button", output);
        Assert.Matches(@"Test Vibrator +testdevice \(ButtplugHost\.TestPlugins\.TestDevice; Bluetooth LE, network, HID\): vibrate\n", output);
        Assert.Contains("2 models, 1 protocols, 1 plugins", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_devices_as_markdown_is_a_table_with_the_left_out_reference_protocols()
    {
        var (exit, output) = await HostProcess.RunToEndAsync("--list-devices", "--format", "markdown", "--plugins-dir", RepoPaths.TestPlugins);

        Assert.Equal(0, exit);
        Assert.StartsWith("# Supported devices", output, StringComparison.Ordinal);
        Assert.Contains("| Model | Protocol | Plugin | Bus | Features |", output, StringComparison.Ordinal);
        Assert.Contains("| Test Vibrator | testdevice | ButtplugHost.TestPlugins.TestDevice | Bluetooth LE, network, HID | vibrate |", output, StringComparison.Ordinal);
        Assert.Contains("`cueme`, `libo-karen`, `muse`, `sayberx`, `twerkingbutt`", output, StringComparison.Ordinal);
        Assert.Contains(DeviceList.RegenerateCommand, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docs_devices_md_is_what_the_built_in_plugins_definitions_say()
    {
        // Every plugin project must be built, or the comparison would call a complete document stale.
        var unbuilt = Directory.GetFiles(Path.Combine(RepoPaths.Root, "plugins"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => PluginName().Match(File.ReadAllText(p)))
            .Where(m => m.Success && !Directory.Exists(Path.Combine(RepoPaths.BuiltInPlugins, m.Groups[1].Value)))
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.True(unbuilt.Count == 0, $"Not built into {RepoPaths.BuiltInPlugins}: {string.Join(", ", unbuilt)}; build the solution first (dotnet build ButtplugHost.sln).");

        var (exit, generated) = await HostProcess.RunToEndAsync("--list-devices", "--format", "markdown", "--plugins-dir", RepoPaths.BuiltInPlugins);
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "devices.md"));

        Assert.Equal(0, exit);
        Assert.True(Normalize(generated) == Normalize(committed),
            $"docs/devices.md is not what the plugins' definitions say; regenerate it with: {DeviceList.RegenerateCommand}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();

    [GeneratedRegex(@"<ButtplugPlugin>([^<]+)</ButtplugPlugin>")]
    private static partial Regex PluginName();
}
