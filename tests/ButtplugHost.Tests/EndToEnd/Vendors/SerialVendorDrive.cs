using ButtplugHost.Plugins.Serial.Tests;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>
/// Serial vendor toys on a real tty: the server's serial transport opens one end of a pseudo-terminal,
/// assigned to the protocol in a user device config; the test holds the other end as the toy.
/// </summary>
internal static class SerialVendorDrive
{
    /// <summary>Server arguments: only the serial bus, the pseudo-terminal as its port, assigned to <paramref name="protocol"/>.</summary>
    public static async Task<string[]> ArgsAsync(TempDir dir, PseudoTerminal toy, string protocol, int baudRate)
    {
        var userConfig = dir.File("user-devices.json");
        var serial = "{\"serial\": {\"port\": \"" + toy.SlavePath + "\", \"baud_rate\": " + baudRate + ", \"data_bits\": 8, \"parity\": \"N\", \"stop_bits\": 1}}";
        await File.WriteAllTextAsync(userConfig, "{\"user_configs\": {\"protocols\": {\"" + protocol + "\": {\"communication\": [" + serial + "]}}}}");
        // Pseudo-terminals are not enumerated: name the port.
        return ["--use-serial", $"--Serial:Ports:0={toy.SlavePath}", "--user-device-config-file", userConfig];
    }

    /// <summary>
    /// After the client disconnected: waits for <paramref name="expected"/> on the tty, then asserts that
    /// nothing but copies of <paramref name="lateStop"/> (a second stop when the session ends) followed.
    /// </summary>
    public static async Task AssertReceivedAsync(HostProcess host, PseudoTerminal toy, string expected, string lateStop)
    {
        await host.WaitForLogAsync("disconnected: stopping all devices");
        await toy.WaitForBytesAsync(expected.Length, 10_000);
        await Task.Delay(250); // room for a stray line: it would show below
        var text = toy.ReceivedText;
        Assert.StartsWith(expected, text, StringComparison.Ordinal);
        var rest = text[expected.Length..];
        Assert.True(rest.Length == 0 || rest == lateStop, $"unexpected bytes after the stop: '{rest}'");
    }
}
