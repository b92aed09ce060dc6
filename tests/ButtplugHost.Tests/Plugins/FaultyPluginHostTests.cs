using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Plugins;

/// <summary>A plugin that throws from its transport and its protocol methods, inside the real server.</summary>
public sealed class FaultyPluginHostTests
{
    [Fact]
    public async Task Faults_of_a_plugin_are_logged_and_isolated_and_other_devices_keep_working()
    {
        using var sim = new SimulatedSetup().Device("FLT-Identify").Device("FLT-Init").Device("FLT-Output").Device("TST-Vibe");
        await using var host = await HostProcess.StartAsync(sim.Args(
            "--plugins-dir", Path.GetDirectoryName(PluginTestKit.FaultyBuild)!, "--Faulty:Throw=StartAsync"));
        await using var client = await RawClient.ConnectAsync(host.Url);
        await client.HandshakeAsync(3);

        await client.RequestAsync("[{\"StartScanning\":{\"Id\":2}}]", 2);
        var devices = new Dictionary<string, uint>();
        while (devices.Count < 2)
        {
            var added = await client.ReceiveAsync("DeviceAdded", 10_000);
            devices[added["DeviceName"]!.ToString()] = added["DeviceIndex"]!.GetValue<uint>();
        }

        // Transport start, identification and initialisation failures: logged, the device left alone.
        await host.WaitForLogAsync("Transport faulty is unavailable: failed to start: Faulty fails in StartAsync on purpose");
        await host.WaitForLogAsync("Could not connect FLT-Identify (SIM:FLT-Identify) as faulty: Faulty fails in IdentifyAsync on purpose");
        await host.WaitForLogAsync("Could not connect FLT-Init (SIM:FLT-Init) as faulty: Faulty fails in InitializeAsync on purpose");
        Assert.Equal(["Faulty Device", "Test Vibrator"], devices.Keys.Order(StringComparer.Ordinal));

        // Output translation throwing: the write fails, the faulty device is dropped, nothing else is.
        await client.SendAsync($"[{{\"ScalarCmd\":{{\"Id\":3,\"DeviceIndex\":{devices["Faulty Device"]},\"Scalars\":[{{\"Index\":0,\"Scalar\":0.5,\"ActuatorType\":\"Vibrate\"}}]}}}}]");
        var removed = await client.ReceiveAsync("DeviceRemoved", 10_000);
        Assert.Equal(devices["Faulty Device"], removed["DeviceIndex"]!.GetValue<uint>());
        await host.WaitForLogAsync("writing failed: Faulty fails in HandleOutputs on purpose");

        var reply = await client.RequestAsync($"[{{\"ScalarCmd\":{{\"Id\":4,\"DeviceIndex\":{devices["Test Vibrator"]},\"Scalars\":[{{\"Index\":0,\"Scalar\":0.5,\"ActuatorType\":\"Vibrate\"}}]}}}}]", 4);
        Assert.True(reply.ContainsKey("Ok"), reply.ToJsonString());
        await sim.WaitForWriteAsync("F0:Vibrate:10;");
        Assert.False(host.HasExited);
    }
}
