using ButtplugHost.Cli;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Cli;

/// <summary>The command line keeps intiface-engine's flag names and meanings.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Intiface_flags_set_the_matching_configuration()
    {
        var result = CommandLine.Parse(["--websocket-port", "23456", "--server-name", "Mine", "--max-ping-time", "1500", "--log", "debug",
            "--websocket-use-all-interfaces", "--allow-raw", "--device-websocket-server-port", "60000"]);
        Assert.Equal(CommandAction.Run, result.Action);
        Assert.Equal("23456", result.Settings["Server:WebSocketPort"]);
        Assert.Equal("Mine", result.Settings["Server:Name"]);
        Assert.Equal("1500", result.Settings["Server:MaxPingTime"]);
        Assert.Equal("Debug", result.Settings["Logging:LogLevel:Default"]);
        Assert.Equal("0.0.0.0", result.Settings["Server:WebSocketAddress"]);
        Assert.Equal("true", result.Settings["Server:AllowRawMessages"]);
        Assert.Equal("60000", result.Settings["DeviceWebSocket:Port"]);
    }

    [Fact]
    public void Without_use_flags_buses_keep_their_defaults()
    {
        var result = CommandLine.Parse([]);
        Assert.DoesNotContain(result.Settings.Keys, k => k.EndsWith(":Enabled", StringComparison.Ordinal));
    }

    [Fact]
    public void Use_flags_enable_exactly_the_named_buses()
    {
        var result = CommandLine.Parse(["--use-serial", "--use-device-websocket-server"]);
        Assert.Equal("true", result.Settings["Serial:Enabled"]);
        Assert.Equal("true", result.Settings["DeviceWebSocket:Enabled"]);
        Assert.Equal("false", result.Settings["BluetoothLE:Enabled"]);
    }

    [Fact]
    public void Any_configuration_key_can_be_set()
    {
        var result = CommandLine.Parse(["--Simulated:TraceFile=/tmp/x", "--Server:Name", "Y", "--websocket-port=1"]);
        Assert.Equal("/tmp/x", result.Settings["Simulated:TraceFile"]);
        Assert.Equal("Y", result.Settings["Server:Name"]);
        Assert.Equal("1", result.Settings["Server:WebSocketPort"]);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--websocket-port")]
    [InlineData("--websocket-port", "70000")]
    [InlineData("--max-ping-time", "-1")]
    [InlineData("--log", "loud")]
    [InlineData("--allow-raw=yes")]
    [InlineData("--format", "markdown")]
    [InlineData("--list-devices", "--format", "html")]
    public void Bad_arguments_are_refused_with_a_reason(params string[] args)
    {
        var e = Assert.Throws<FormatException>(() => CommandLine.Parse(args));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public async Task Help_lists_every_flag_and_exits_zero()
    {
        var (exit, output) = await HostProcess.RunToEndAsync("--help");
        Assert.Equal(0, exit);
        foreach (var flag in new[] { "--websocket-port", "--websocket-use-all-interfaces", "--server-name", "--max-ping-time", "--log",
                     "--use-bluetooth-le", "--use-serial", "--use-device-websocket-server", "--device-websocket-server-port",
                     "--user-device-config-file", "--allow-raw", "--config", "--plugins-dir", "--list-plugins", "--validate-plugin", "--list-devices", "--format" })
            Assert.Contains(flag, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_flag_exits_with_2()
    {
        var (exit, output) = await HostProcess.RunToEndAsync("--no-such-flag");
        Assert.Equal(2, exit);
        Assert.Contains("--no-such-flag", output, StringComparison.Ordinal);
    }
}
