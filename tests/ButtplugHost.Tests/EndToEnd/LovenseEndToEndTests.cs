using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd;

/// <summary>
/// The README's promise: the server with its built-in plugins and the example simulated Lovense,
/// driven by both official clients.
/// </summary>
public sealed class LovenseEndToEndTests
{
    private static string ExampleConfig => Path.Combine(RepoPaths.Root, "examples", "simulated-lovense.json");

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Official_client_vibrates_a_simulated_Lovense_and_disconnect_stops_it(int clientMajor)
    {
        using var sim = new SimulatedSetup().Device("LVS-Hush", replies: [("DeviceType;", "Z:11:0082059AD3BD;"), ("Battery;", "85;")]);
        await using var host = await HostProcess.StartAsync(sim.Args());

        var output = await RunAsync(clientMajor, host.Url,
        [
            Step("connect"), Step("scan"), Step("wait-device", new { name = "Lovense Hush" }),
            Step("vibrate", new { value = 0.5 }), Step("battery"), Step("sleep", new { ms = 150 }), Step("disconnect"),
        ]);

        Assert.Equal("Lovense Hush", output.Single(l => l["op"]?.ToString() == "wait-device")["name"]!.ToString());
        Assert.Equal(clientMajor == 3 ? 0.85 : 85, output.Single(l => l["op"]?.ToString() == "battery")["value"]!.GetValue<double>(), 3);
        var writes = await sim.WaitForWritesAsync(w => w.Count(x => x == "Vibrate:0;") >= 1 && w.Contains("Vibrate:10;"));
        Assert.Equal("DeviceType;", writes[0]);
        // Reads and output writes are independent: the battery query may reach the toy first.
        Assert.Single(writes, "Vibrate:10;");
        Assert.Single(writes, "Battery;");
        Assert.Equal("Vibrate:0;", writes[^1]);
        Assert.True(writes.ToList().LastIndexOf("Vibrate:0;") > writes.ToList().IndexOf("Vibrate:10;"));
    }

    [Fact]
    public async Task The_example_configuration_shows_a_Lovense_to_a_client()
    {
        await using var host = await HostProcess.StartAsync("--config", ExampleConfig);
        var output = await RunAsync(3, host.Url, [Step("connect"), Step("scan"), Step("wait-device", new { name = "Lovense Hush" }), Step("disconnect")]);
        Assert.Contains(output, l => l["op"]?.ToString() == "wait-device");
    }
}
