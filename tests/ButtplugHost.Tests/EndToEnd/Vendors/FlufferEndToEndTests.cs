using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>Fluffer over the real server: recognised by its manufacturer data, authenticated, then driven with encrypted packets.</summary>
public sealed class FlufferEndToEndTests
{
    private static readonly byte[] Key = "jdk#Flu%y6fer32f"u8.ToArray();

    [Fact]
    public async Task Official_v4_client_vibrates_a_G_Thing_after_the_authentication()
    {
        // Company 26698's data 10 20 30 40 50: key 0x68 ^ 0x10 = 0x78, device bytes 58 48 38 28.
        // The simulated toy accepts any challenge (it answers A5 01 01 00, encrypted, to every write).
        using var sim = new SimulatedSetup().Device("FDGTHING",
            replies: [("", "hex:" + Convert.ToHexString(Encrypt([0xA5, 0x01, 0x01, 0x00])))],
            extra: new JsonObject { ["ManufacturerData"] = new JsonObject { ["26698"] = "1020304050" } });
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "Fluffer G-Thing", Step("vibrate", new { value = 1.0 }), Step("sleep", new { ms = 150 }));

        await host.WaitForLogAsync("disconnected: stopping all devices");
        var writes = await sim.WaitForHexWritesAsync(w => w.Count >= 4);
        Assert.Contains(sim.Trace(), t => t.Op == "subscribe" && t.Endpoint == "rx");

        // The challenge: A5 01 08, four random bytes, the first four bytes of SHA-256(random ‖ device bytes).
        var challenge = Decrypt(Convert.FromHexString(writes[0]["tx:".Length..]));
        Assert.Equal(11, challenge.Length);
        Assert.Equal(new byte[] { 0xA5, 0x01, 0x08 }, challenge[..3]);
        Assert.Equal(SHA256.HashData([.. challenge[3..7], 0x58, 0x48, 0x38, 0x28])[..4], challenge[7..]);

        // Then the start command, full speed on motor 0, and the stop (possibly twice: client and session end).
        Assert.Equal(
            ["tx:" + Hex([0x82, 0x0E, 0x02, 0x00, 0x01]), "tx:" + Hex([0x82, 0x0F, 0x05, 0x00, 0x64, 0x00, 0x00, 0x00]), "tx:" + Hex([0x82, 0x0F, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00])],
            writes.Skip(1).Take(3));
        Assert.All(writes.Skip(4), w => Assert.Equal("tx:" + Hex([0x82, 0x0F, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00]), w));
        // The trace shows the exact bytes on air: the reference case's full-speed packet.
        Assert.Equal("tx:34869a677b8e6fa9e92b53f837c5253c", writes[2]);
    }

    private static string Hex(byte[] plain) => Convert.ToHexStringLower(Encrypt(plain));

    private static byte[] Encrypt(byte[] plain)
    {
        using var aes = Aes.Create();
        aes.Key = Key;
        return aes.EncryptEcb(plain, PaddingMode.PKCS7);
    }

    private static byte[] Decrypt(byte[] cipher)
    {
        using var aes = Aes.Create();
        aes.Key = Key;
        return aes.DecryptEcb(cipher, PaddingMode.PKCS7);
    }
}
