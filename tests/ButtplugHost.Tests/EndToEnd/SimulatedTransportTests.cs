using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.EndToEnd;

/// <summary>The simulated transport: devices of several bus identities, traced, appearing and vanishing.</summary>
public sealed class SimulatedTransportTests
{
    [Fact]
    public async Task Devices_of_every_bus_identity_match_their_protocol_and_are_traced()
    {
        using var dir = new TempDir();
        var userConfig = dir.File("user-devices.json");
        await File.WriteAllTextAsync(userConfig, """{"user_configs":{"protocols":{"testdevice":{"communication":[{"serial":{"port":"/dev/ttySIM0"}}]}}}}""");
        using var sim = new SimulatedSetup()
            .Device("TST-Ble", "SIM:BLE")
            .Device("Some HID toy", "SIM:HID", extra: new JsonObject { ["Bus"] = "Hid", ["VendorId"] = 4660, ["ProductId"] = 22136 })
            .Device("TSTDevice", "SIM:NET", extra: new JsonObject { ["Bus"] = "WebSocket" })
            .Device("/dev/ttySIM0", "/dev/ttySIM0", extra: new JsonObject { ["Bus"] = "Serial", ["Endpoints"] = new JsonArray("tx", "rx") })
            .Device("Unknown toy", "SIM:NONE");
        await using var host = await HostProcess.StartAsync(sim.Args("--user-device-config-file", userConfig));
        await using var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(4);
        await client.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);
        // Devices connect one by one after being found: wait for the four that have a protocol.
        JsonObject list = [];
        for (uint id = 100; id < 200 && list.Count < 4; id++)
        {
            list = (await client.RequestAsync("[{\"RequestDeviceList\":{\"Id\":" + id + "}}]", id))["DeviceList"]!["Devices"]!.AsObject();
            await Task.Delay(50);
        }
        Assert.Equal(4, list.Count);
        for (uint i = 0; i < 4; i++)
        {
            var reply = await client.RequestAsync("[{\"OutputCmd\":{\"Id\":" + (10 + i) + ",\"DeviceIndex\":" + i + ",\"FeatureIndex\":0,\"Command\":{\"Vibrate\":{\"Value\":7}}}}]", 10 + i);
            Assert.True(reply.ContainsKey("Ok"), reply.ToJsonString());
        }
        foreach (var address in new[] { "SIM:BLE", "SIM:HID", "SIM:NET", "/dev/ttySIM0" })
            await sim.WaitForWritesAsync(w => w.Contains("F0:Vibrate:7;"), address: address);
        Assert.DoesNotContain(sim.Trace(), t => t.Address == "SIM:NONE");
        var ops = sim.Trace().Where(t => t.Address == "SIM:BLE").Select(t => t.Op).ToList();
        Assert.Equal(["connect", "subscribe", "write"], ops.Take(3));
    }

    [Fact]
    public async Task A_device_that_vanishes_mid_session_is_removed_and_later_commands_get_a_device_error()
    {
        using var dir = new TempDir();
        var devicesFile = dir.File("devices.json");
        await File.WriteAllTextAsync(devicesFile, """{"Devices":[]}""");
        using var sim = new SimulatedSetup();
        await using var host = await HostProcess.StartAsync(sim.Args("--Simulated:DevicesFile=" + devicesFile));
        await using var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(3);
        await client.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);
        // Switched on while the client is connected, so a v3 client hears of it as DeviceAdded.
        await File.WriteAllTextAsync(devicesFile, """{"Devices":[{"Name":"TST-Vanishing","Address":"SIM:VANISH"}]}""");
        var added = await client.ReceiveAsync("DeviceAdded");
        Assert.Equal("Test Device", added["DeviceName"]!.ToString());
        var ok = await client.RequestAsync("""[{"ScalarCmd":{"Id":3,"DeviceIndex":0,"Scalars":[{"Index":0,"Scalar":0.5,"ActuatorType":"Vibrate"}]}}]""", 3);
        Assert.True(ok.ContainsKey("Ok"));

        await File.WriteAllTextAsync(devicesFile, """{"Devices":[]}""");
        var removed = await client.ReceiveAsync("DeviceRemoved");
        Assert.Equal(0, removed["DeviceIndex"]!.GetValue<int>());
        var error = await client.RequestAsync("""[{"ScalarCmd":{"Id":4,"DeviceIndex":0,"Scalars":[{"Index":0,"Scalar":0.5,"ActuatorType":"Vibrate"}]}}]""", 4);
        Assert.Equal(4, error["Error"]!["ErrorCode"]!.GetValue<int>());
        Assert.Contains(sim.Trace(), t => t.Address == "SIM:VANISH" && t.Op == "disconnect");
        Assert.False(host.HasExited);

        // It comes back (same address): same index, announced without a new scan.
        await File.WriteAllTextAsync(devicesFile, """{"Devices":[{"Name":"TST-Vanishing","Address":"SIM:VANISH"}]}""");
        var back = await client.ReceiveAsync("DeviceAdded");
        Assert.Equal(0, back["DeviceIndex"]!.GetValue<int>());
    }
}
