using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>
/// The shape every vendor end-to-end test shares: an official client connects, scans, waits for the
/// device by display name, runs its steps and disconnects; then the device's writes are compared,
/// byte for byte, with what the vendor's protocol must have sent.
/// The official clients send StopAllDevices when they disconnect, and the server stops every device
/// again when the session ends.
/// </summary>
internal static class VendorDrive
{
    /// <summary>Runs connect, scan, wait-device, <paramref name="steps"/>, disconnect; returns the client's output.</summary>
    public static async Task<IReadOnlyList<JsonObject>> RunAsync(int clientMajor, HostProcess host, string displayName, params object[] steps)
    {
        var output = await NodeClient.RunAsync(clientMajor, host.Url,
            [Step("connect"), Step("scan"), Step("wait-device", new { name = displayName }), .. steps, Step("disconnect")]);
        Assert.Equal(displayName, Result(output, "wait-device")["name"]!.ToString());
        return output;
    }

    /// <summary>The client's result line for <paramref name="op"/>.</summary>
    public static JsonObject Result(IReadOnlyList<JsonObject> output, string op) => output.Single(l => l["op"]?.ToString() == op);

    /// <summary>
    /// Asserts the device's exact writes (<c>endpoint:hex</c>): <paramref name="driven"/> while the client
    /// drove it, then the <paramref name="stop"/> packets, and possibly <paramref name="stopAgain"/> (by
    /// default the same). The client's StopAllDevices and the server's own stop when the session ends may
    /// coalesce into one stop while the device's message gap runs.
    /// </summary>
    public static async Task AssertWritesAsync(HostProcess host, SimulatedSetup sim, IReadOnlyList<string> driven, IReadOnlyList<string> stop, IReadOnlyList<string>? stopAgain = null)
    {
        await host.WaitForLogAsync("disconnected: stopping all devices");
        try
        {
            await sim.WaitForHexWritesAsync(w => w.Count >= driven.Count + stop.Count);
        }
        catch (TimeoutException)
        {
            // Fall through: the comparison below shows what is missing.
        }
        // Nothing more may arrive (a stray write, a third stop): give it the time a write would take.
        await Task.Delay(250);
        var writes = sim.HexWrites();
        string[] once = [.. driven, .. stop];
        string[] twice = [.. once, .. stopAgain ?? stop];
        if (stop.Count > 0 && writes.Count == twice.Length)
            Assert.Equal(twice, writes);
        else
            Assert.Equal(once, writes);
    }
}
