using System.Text;
using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Infrastructure.NodeClient;

namespace ButtplugHost.Tests.EndToEnd;

/// <summary>
/// A TCode stroker on a real tty: the server's serial transport opens one end of a pseudo-terminal
/// (assigned to tcode-v03 by the user device config), a fake OSR2 holds the other end.
/// </summary>
public sealed class TCodeSerialEndToEndTests
{
    private static async Task<string[]> ArgsFor(TempDir dir, PseudoTerminal osr2)
    {
        var userConfig = dir.File("user-devices.json");
        var serial = "{\"serial\": {\"port\": \"" + osr2.SlavePath + "\", \"baud_rate\": 115200, \"data_bits\": 8, \"parity\": \"N\", \"stop_bits\": 1}}";
        await File.WriteAllTextAsync(userConfig, "{\"user_configs\": {\"protocols\": {\"tcode-v03\": {\"communication\": [" + serial + "]}}}}");
        // Pseudo-terminals are not enumerated: name the port. --use-serial keeps other buses out of the way.
        return ["--use-serial", $"--Serial:Ports:0={osr2.SlavePath}", "--user-device-config-file", userConfig];
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Official_client_moves_the_stroker_with_an_exact_TCode_line(int clientMajor)
    {
        using var dir = new TempDir();
        using var osr2 = new PseudoTerminal();
        await using var host = await HostProcess.StartAsync(await ArgsFor(dir, osr2));

        var output = await RunAsync(clientMajor, host.Url,
        [
            Step("connect"), Step("scan"), Step("wait-device", new { name = "TCode v0.3" }),
            Step("linear", new { position = 0.51, duration = 200 }), Step("sleep", new { ms = 100 }), Step("disconnect"),
        ]);

        Assert.Equal("TCode v0.3 (Single Linear Axis)", output.Single(l => l["op"]?.ToString() == "wait-device")["name"]!.ToString());
        const string expected = "L0510I200\n";
        Assert.Equal(expected, Encoding.ASCII.GetString(await osr2.WaitForBytesAsync(expected.Length)));
    }

    [Fact]
    public async Task Position_commands_reach_the_tty_and_unplugging_removes_the_device()
    {
        using var dir = new TempDir();
        var osr2 = new PseudoTerminal();
        await using var host = await HostProcess.StartAsync(await ArgsFor(dir, osr2));
        await using var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(4);
        await client.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);
        var index = await WaitForOneDeviceAsync(client);

        var ok = await client.RequestAsync("[{\"OutputCmd\":{\"Id\":3,\"DeviceIndex\":" + index + ",\"FeatureIndex\":0,\"Command\":{\"Position\":{\"Value\":250}}}}]", 3);
        Assert.True(ok.ContainsKey("Ok"), ok.ToJsonString());
        ok = await client.RequestAsync("[{\"OutputCmd\":{\"Id\":4,\"DeviceIndex\":" + index + ",\"FeatureIndex\":0,\"Command\":{\"HwPositionWithDuration\":{\"Value\":1000,\"Duration\":1500}}}}]", 4);
        Assert.True(ok.ContainsKey("Ok"), ok.ToJsonString());
        const string expected = "L0250\nL0999I1500\n";
        Assert.Equal(expected, Encoding.ASCII.GetString(await osr2.WaitForBytesAsync(expected.Length)));

        osr2.Dispose();
        // v4 announces changes with an event DeviceList (Id 0): the stroker is no longer in it.
        while (true)
        {
            JsonObject list;
            try
            {
                list = await client.ReceiveAsync("DeviceList", 10_000);
            }
            catch (OperationCanceledException e)
            {
                throw new TimeoutException("The stroker was not removed. Server log:\n" + host.LogText, e);
            }
            if (list["Id"]!.GetValue<int>() == 0 && !list["Devices"]!.AsObject().ContainsKey(index.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                break;
        }
        Assert.False(host.HasExited);
    }

    private static async Task<int> WaitForOneDeviceAsync(RawClient client)
    {
        for (uint id = 100; id < 300; id++)
        {
            var devices = (await client.RequestAsync("[{\"RequestDeviceList\":{\"Id\":" + id + "}}]", id))["DeviceList"]!["Devices"]!.AsObject();
            if (devices.Count == 1)
            {
                var device = devices.Single().Value!.AsObject();
                Assert.Equal("TCode v0.3 (Single Linear Axis)", device["DeviceName"]!.ToString());
                return device["DeviceIndex"]!.GetValue<int>();
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The TCode device did not appear.");
    }
}
