using System.Security.Cryptography;
using System.Text;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>VibCrafter over the real server: an encrypted handshake, then encrypted texts with both motors.</summary>
public sealed class VibCrafterEndToEndTests
{
    private static readonly byte[] Key = "jdk#Cra%f5Vib28r"u8.ToArray();

    [Fact]
    public async Task Official_v4_client_vibrates_a_Hayden_after_the_handshake()
    {
        // The simulated toy answers any write with the challenge "ab12:xyz;", and the right answer
        // (SHA-256("xyz") starts 36 08) with "OK;" (the last matching reply wins).
        using var sim = new SimulatedSetup().Device("Hayden", replies:
        [
            ("", "hex:" + Convert.ToHexString(Encrypt("ab12:xyz;"))),
            ("hex:" + Convert.ToHexString(Encrypt("Auth:3608;")), "hex:" + Convert.ToHexString(Encrypt("OK;"))),
        ]);
        await using var host = await HostProcess.StartAsync(sim.Args());

        await VendorDrive.RunAsync(5, host, "VibCrafter Hayden", Step("vibrate", new { value = 0.5, feature = 0 }), Step("sleep", new { ms = 150 }));

        await host.WaitForLogAsync("disconnected: stopping all devices");
        var writes = await sim.WaitForHexWritesAsync(w => w.Count >= 4);
        Assert.Contains(sim.Trace(), t => t.Op == "subscribe" && t.Endpoint == "rx");
        var texts = writes.Select(w => Decrypt(Convert.FromHexString(w["tx:".Length..]))).ToList();
        Assert.Matches("^Auth:[A-Za-z0-9]{6};$", texts[0]);
        // The answer, the first motor at 50 of 99, then the stop (a second stop finds both at 0).
        Assert.Equal(["Auth:3608;", "MtInt:5000;", "MtInt:0000;"], texts.Skip(1));
    }

    private static byte[] Encrypt(string text)
    {
        using var aes = Aes.Create();
        aes.Key = Key;
        return aes.EncryptEcb(Encoding.ASCII.GetBytes(text), PaddingMode.PKCS7);
    }

    private static string Decrypt(byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = Key;
        return Encoding.ASCII.GetString(aes.DecryptEcb(data, PaddingMode.PKCS7));
    }
}
