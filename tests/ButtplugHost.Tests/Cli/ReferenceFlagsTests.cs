using ButtplugHost.Cli;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Cli;

/// <summary>
/// Every flag of the reference's CLI (intiface-engine's IntifaceCLIArguments) is accepted: it sets
/// what it means here, or is logged as ignored with the reason. docs/reference-flags.md is the table.
/// </summary>
public sealed class ReferenceFlagsTests
{
    /// <summary>Each reference flag, an argument if it takes one, and the setting it makes (key=value) or "ignored".</summary>
    public static TheoryData<string, string?, string> Flags => new()
    {
        { "--version", null, "action=Version" },
        { "--server-version", null, "action=Version" },
        { "--websocket-use-all-interfaces", null, "Server:WebSocketAddress=0.0.0.0" },
        { "--websocket-port", "23456", "Server:WebSocketPort=23456" },
        { "--websocket-client-address", "ws://127.0.0.1:5000", "Server:WebSocketClientAddress=ws://127.0.0.1:5000" },
        { "--frontend-websocket-port", "5001", "ignored" },
        { "--server-name", "Mine", "Server:Name=Mine" },
        { "--device-config-file", "/tmp/devices.json", "Server:DeviceConfigFile=/tmp/devices.json" },
        { "--user-device-config-file", "/tmp/user.json", "Server:UserDeviceConfigFile=/tmp/user.json" },
        { "--max-ping-time", "1500", "Server:MaxPingTime=1500" },
        { "--log", "debug", "Logging:LogLevel:Default=Debug" },
        { "--use-bluetooth-le", null, "BluetoothLE:Enabled=true" },
        { "--use-serial", null, "Serial:Enabled=true" },
        { "--use-hid", null, "Hid:Enabled=true" },
        { "--use-lovense-dongle-serial", null, "LovenseDongleSerial:Enabled=true" },
        { "--use-lovense-dongle-hid", null, "LovenseDongleHid:Enabled=true" },
        { "--use-xinput", null, "XInput:Enabled=true" },
        { "--use-lovense-connect", null, "LovenseConnect:Enabled=true" },
        { "--use-device-websocket-server", null, "DeviceWebSocket:Enabled=true" },
        { "--device-websocket-server-port", "60000", "DeviceWebSocket:Port=60000" },
        { "--broadcast-server-mdns", null, "Mdns:Enabled=true" },
        { "--mdns-suffix", "kitchen", "Mdns:Suffix=kitchen" },
        { "--repeater", null, "ignored" },
        { "--repeater-port", "5002", "ignored" },
        { "--rest-api-port", "5003", "Server:RestApiPort=5003" },
        { "--crash-main-thread", null, "ignored" },
        { "--crash-task-thread", null, "ignored" },
    };

    [Theory]
    [MemberData(nameof(Flags))]
    public void Every_reference_flag_is_accepted_with_its_meaning(string flag, string? argument, string effect)
    {
        var result = CommandLine.Parse(argument is null ? [flag] : [flag, argument]);
        if (effect == "ignored")
        {
            var notice = Assert.Single(result.IgnoredFlags);
            Assert.StartsWith(flag + " ", notice, StringComparison.Ordinal);
            Assert.Contains(" is ignored: ", notice, StringComparison.Ordinal);
        }
        else if (effect.StartsWith("action=", StringComparison.Ordinal))
        {
            Assert.Equal(effect["action=".Length..], result.Action.ToString());
        }
        else
        {
            var (key, value) = (effect[..effect.IndexOf('=', StringComparison.Ordinal)], effect[(effect.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            Assert.Equal(value, result.Settings[key]);
        }
    }

    [Fact]
    public async Task Help_and_the_docs_table_list_every_reference_flag()
    {
        var (code, help) = await HostProcess.RunToEndAsync("--help");
        Assert.Equal(0, code);
        var table = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "docs", "reference-flags.md"));
        foreach (var row in Flags)
        {
            var flag = (string)row[0];
            Assert.Contains("  " + flag + " ", help, StringComparison.Ordinal);
            Assert.Contains("| `" + flag, table, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Ignored_flags_each_log_one_line_and_the_server_runs()
    {
        await using var host = await HostProcess.StartAsync("--frontend-websocket-port", "5001", "--repeater", "--repeater-port", "5002",
            "--crash-main-thread", "--crash-task-thread");
        foreach (var flag in new[] { "--frontend-websocket-port 5001", "--repeater", "--repeater-port 5002", "--crash-main-thread", "--crash-task-thread" })
            Assert.Single(host.Log, l => l.Contains(flag + " is ignored: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bus_flags_for_buses_not_built_say_so_once_each()
    {
        await using var host = await HostProcess.StartAsync("--use-lovense-dongle-serial");
        foreach (var (flag, bus) in new[] { ("--use-lovense-dongle-serial", "Lovense dongle (serial)") })
        {
            await host.WaitForLogAsync($"{flag}: the {bus} bus is not available in this build");
            Assert.Single(host.Log, l => l.Contains($"{flag}: the {bus} bus", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Use_hid_and_use_lovense_dongle_hid_start_exactly_those_buses()
    {
        await using var host = await HostProcess.StartAsync("--use-hid", "--use-lovense-dongle-hid");
        // The HID plugin loads at the first scan (docs/plugins.md).
        await using var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(3);
        await client.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);
        await host.WaitForLogAsync("Bus hid: available");
        await host.WaitForLogAsync("Bus lovense-dongle-hid: available");
        // A transport turned off in configuration is not even loaded (docs/plugins.md).
        await host.WaitForLogAsync("disabled in configuration (BluetoothLE, DeviceWebSocket, LovenseConnect, Serial, XInput)");
        Assert.DoesNotContain(host.Log, l => l.Contains("bus is not available in this build", StringComparison.Ordinal));
    }
}
