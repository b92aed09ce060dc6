using ButtplugHost.Plugins.Serial.Tests;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Next Level Racing HF8 on a pseudo-terminal: the official v4 client's motors reach the tty as ASCII lines.</summary>
public sealed class NextLevelRacingEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_drives_two_motors_of_an_HF8_pad_over_serial()
    {
        using var dir = new TempDir();
        using var toy = new PseudoTerminal();
        await using var host = await HostProcess.StartAsync(await SerialVendorDrive.ArgsAsync(dir, toy, "nextlevelracing", 115200));

        await VendorDrive.RunAsync(5, host, "Next Level Racing HF8 Haptic Gaming Pad",
            Step("vibrate", new { value = 0.5, feature = 0 }), Step("sleep", new { ms = 150 }),
            Step("vibrate", new { value = 1.0, feature = 7 }), Step("sleep", new { ms = 150 }));

        // ceil(255 · 0.5) = 128 on the right thigh, 255 on the left shoulder; the stop brings all eight
        // to 0 (the six never driven are not known to be at rest); a second stop finds them all at 0.
        await SerialVendorDrive.AssertReceivedAsync(host, toy,
            "M0128\rM7255\rM00\rM10\rM20\rM30\rM40\rM50\rM60\rM70\r", "");
    }
}
