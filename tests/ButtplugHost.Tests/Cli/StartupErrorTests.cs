using System.Net;
using System.Net.Sockets;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Cli;

/// <summary>
/// Mistakes in the configuration end the real process before any plugin loads, with one line (no
/// stack trace) and the exit code documented in docs/configuration.md.
/// </summary>
public sealed class StartupErrorTests : IDisposable
{
    private readonly TempDir _dir = new();

    private async Task<string> FailsAsync(int exitCode, params string[] args)
    {
        var (code, output) = await HostProcess.RunToEndAsync(["--websocket-port", "0", .. args]);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(code == exitCode, $"exit {code}, expected {exitCode}:\n{output}");
        return Assert.Single(lines);
    }

    private string Write(string name, string text)
    {
        var path = _dir.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Invalid_JSON_names_the_file_and_the_position()
    {
        var path = Write("bad.json", "{\n  \"Server\": { \"Name\": \"x\" ,, }\n}");
        var line = await FailsAsync(4, "--config", path);
        Assert.StartsWith($"Configuration file {path} at line 2, column ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_the_key_and_the_expected_type()
    {
        var path = Write("type.json", """{ "Server": { "WebSocketPort": "abc" } }""");
        var line = await FailsAsync(5, "--config", path);
        Assert.Equal($"{path}: Server:WebSocketPort must be a port number (0–65535), not \"abc\"", line);
    }

    [Fact]
    public async Task A_wrong_type_on_the_command_line_is_reported_the_same_way()
    {
        var line = await FailsAsync(5, "--Server:AllowRawMessages=yes");
        Assert.Equal("command line: Server:AllowRawMessages must be true or false, not \"yes\"", line);
    }

    [Fact]
    public async Task A_missing_config_file_is_named()
    {
        var path = _dir.File("nowhere.json");
        var line = await FailsAsync(3, "--config", path);
        Assert.Equal($"Configuration file {path} does not exist", line);
    }

    [Fact]
    public async Task An_unknown_key_suggests_the_nearest_known_one()
    {
        var path = Write("typo.json", """{ "Server": { "WebSocketPrt": 12345 } }""");
        var line = await FailsAsync(6, "--config", path);
        Assert.Equal($"{path}: unknown setting Server:WebSocketPrt — did you mean Server:WebSocketPort?", line);
    }

    [Fact]
    public async Task A_misspelt_section_suggests_the_known_one()
    {
        var line = await FailsAsync(6, "--Sever:WebSocketPort=1");
        Assert.Equal("command line: unknown setting Sever:WebSocketPort — did you mean Server:WebSocketPort?", line);
    }

    [Fact]
    public async Task A_port_in_use_is_reported_before_plugins_load()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var line = await FailsAsync(7, "--websocket-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal($"port {port} is in use — is another Buttplug server running? Use --websocket-port", line);
    }

    [Fact]
    public async Task A_device_config_file_that_is_missing_or_invalid_is_reported()
    {
        var missing = _dir.File("missing-devices.json");
        Assert.Equal($"Device config file {missing} does not exist", await FailsAsync(3, "--device-config-file", missing));

        var invalid = Write("devices.json", """{ "version": { "major": 4, "minor": 0 }, "protocols": { "lovense": { "defaults": { "features": [ { "index": "zero" } ] } } } }""");
        var line = await FailsAsync(4, "--device-config-file", invalid);
        Assert.StartsWith($"Device config file {invalid} at line 1, column ", line, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
