using ButtplugHost.Plugins.Serial.Tests;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Kizuna Smart on a pseudo-terminal: the official v4 client's rotation reaches the tty as one ASCII digit per speed.</summary>
public sealed class KizunaEndToEndTests
{
    [Fact]
    public async Task Official_v4_client_rotates_a_Kizuna_Smart_over_serial()
    {
        using var dir = new TempDir();
        using var toy = new PseudoTerminal();
        await using var host = await HostProcess.StartAsync(await SerialVendorDrive.ArgsAsync(dir, toy, "kizuna", 19200));

        await VendorDrive.RunAsync(5, host, "Kizuna Smart", Step("rotate", new { steps = 5 }), Step("sleep", new { ms = 150 }));

        await SerialVendorDrive.AssertReceivedAsync(host, toy, "5\r\n0\r\n", "0\r\n");
    }
}
