using System.Net.WebSockets;
using System.Text;
using ButtplugHost.Tests.Infrastructure;
using ButtplugHost.Tests.Protocol;

namespace ButtplugHost.Tests.Session;

/// <summary>However a session ends, every device receives its stop bytes.</summary>
public sealed class StopOnFaultTests(SharedServer server) : IClassFixture<SharedServer>
{
    private const string Vibrate9 = """[{"OutputCmd":{"Id":2,"DeviceIndex":@0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":9}}}}]""";

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public async Task A_client_that_closes_the_connection_leaves_its_devices_stopped(int version)
    {
        var s = await server.OpenAsync(version, $"TST-fault-close-{version}");
        await using (s.Device)
        {
            await using (s.Client)
            {
                if (version == 4)
                    s.AssertOk(await s.RequestAsync("OutputCmd", """ "DeviceIndex":{i},"FeatureIndex":0,"Command":{"Vibrate":{"Value":9}}"""));
                else
                    s.AssertOk(await s.RequestAsync("ScalarCmd", """ "DeviceIndex":{i},"Scalars":[{"Index":0,"Scalar":0.45,"ActuatorType":"Vibrate"}]"""));
                await s.Device.ExpectWritesAsync("F0:Vibrate:9;");
            }
            await s.Device.ExpectWritesAsync(TestDeviceFacts.StopWrites);
        }
    }

    [Fact]
    public async Task A_client_whose_connection_breaks_leaves_its_devices_stopped()
    {
        var device = server.AddDevice("TST-fault-abort");
        await using (device)
        {
            using var socket = await ConnectRawSocketAsync();
            await SendAsync(socket, """[{"RequestServerInfo":{"Id":1,"ClientName":"abort","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]""");
            uint? index = null;
            var until = DateTime.UtcNow.AddSeconds(5);
            while (index is null && DateTime.UtcNow < until)
            {
                await SendAsync(socket, """[{"RequestDeviceList":{"Id":3}}]""");
                var text = await ReceiveUntilAsync(socket, "\"Id\":3");
                var match = System.Text.RegularExpressions.Regex.Match(text, "\"DeviceIndex\":(\\d+)");
                index = match.Success ? uint.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
                if (index is null)
                    await Task.Delay(50);
            }
            Assert.NotNull(index);
            await SendAsync(socket, Vibrate9.F(index));
            await device.ExpectWritesAsync("F0:Vibrate:9;");
            socket.Abort(); // no close handshake: the TCP connection just goes away
            await device.ExpectWritesAsync(TestDeviceFacts.StopWrites);
        }
    }

    [Fact]
    public async Task Stopping_the_server_with_SIGTERM_stops_every_device()
    {
        using var sim = new SimulatedSetup().Device("TST-fault-sigterm").Device("TST-fault-sigterm-idle");
        await using var host = await HostProcess.StartAsync(sim.Args());
        await using var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(4);
        await client.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);
        var until = DateTime.UtcNow.AddSeconds(10);
        uint index = 0;
        var found = false;
        while (!found && DateTime.UtcNow < until)
        {
            var list = await client.ReceiveAsync("DeviceList");
            foreach (var (_, d) in list["Devices"]!.AsObject())
            {
                if (d!["DeviceName"]!.GetValue<string>() == "Test Device" && list["Devices"]!.AsObject().Count == 2)
                {
                    found = true;
                    index = d["DeviceIndex"]!.GetValue<uint>();
                }
            }
        }
        Assert.True(found, "both devices should connect");
        await client.RequestAsync(Vibrate9.F(index), 2);
        await sim.WaitForWriteAsync("F0:Vibrate:9;");

        await host.StopAsync();

        Assert.Equal(0, host.ExitCode);
        foreach (var address in new[] { "SIM:TST-fault-sigterm", "SIM:TST-fault-sigterm-idle" })
        {
            var writes = sim.Writes(address);
            Assert.Equal(TestDeviceFacts.StopWrites, writes.Skip(writes.Count - TestDeviceFacts.StopWrites.Length));
        }
    }

    private async Task<ClientWebSocket> ConnectRawSocketAsync()
    {
        // The previous test's connection may still be closing (the server takes one client at a time).
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri(server.Host.Url), CancellationToken.None);
            await SendAsync(socket, """[{"Ping":{"Id":99}}]""");
            var text = await ReceiveUntilAsync(socket, "\"Id\"");
            if (text.Contains("RequestServerInfo", StringComparison.Ordinal) || DateTime.UtcNow > until)
                return socket;
            socket.Abort();
            socket.Dispose();
            await Task.Delay(50);
        }
    }

    private static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<string> ReceiveUntilAsync(ClientWebSocket socket, string contains)
    {
        using var cts = new CancellationTokenSource(5000);
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var frame = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cts.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                    return "";
                frame.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);
            var text = Encoding.UTF8.GetString(frame.ToArray());
            if (text.Contains(contains, StringComparison.Ordinal))
                return text;
        }
    }
}
