using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>
/// The shape every vendor end-to-end test shares: an official client connects, scans, waits for the
/// device by display name, runs its steps and disconnects; then the device's writes are compared,
/// byte for byte, with what the vendor's protocol must have sent.
/// The official clients send StopAllDevices when they disconnect, and the server stops every device
/// again when the session ends: a device that has a stop packet receives it twice.
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
    /// Waits until the device has seen at least as many writes as expected, lets late writes land,
    /// and asserts the exact sequence (<c>endpoint:hex</c>).
    /// </summary>
    public static async Task AssertWritesAsync(SimulatedSetup sim, params string[] expected)
    {
        try
        {
            await sim.WaitForHexWritesAsync(w => w.Count >= expected.Length);
        }
        catch (TimeoutException)
        {
            // Fall through: the comparison below shows what is missing.
        }
        // Nothing more may arrive (a duplicate, a stray stop): give it the time a write would take.
        await Task.Delay(250);
        Assert.Equal(expected, sim.HexWrites());
    }
}
