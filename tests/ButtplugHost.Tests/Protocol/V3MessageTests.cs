using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Protocol.TestDeviceFacts;

namespace ButtplugHost.Tests.Protocol;

/// <summary>Every message of spec v3 against the real server and a simulated test device.</summary>
public sealed class V3MessageTests(SharedServer server) : IClassFixture<SharedServer>
{
    private Task<TestSession> OpenAsync(string name) => server.OpenAsync(3, name, null, Sensors);

    [Fact]
    public async Task Devices_are_described_with_v3_attribute_arrays_and_the_timing_gap()
    {
        await using var s = await OpenAsync("TST-v3-describe");
        var device = """{"DeviceIndex":@0,"DeviceName":"Test Device","DeviceMessageTimingGap":0,"DeviceMessages":@1}""".F(s.Index, V3Messages);
        Assert.Equal(device.Insert(1, "\"Id\":0,"), s.Description.ToJsonString());
        var reply = await s.RequestAsync("RequestDeviceList");
        Assert.Equal("""{"DeviceList":{"Id":@0,"Devices":[@1]}}""".F(s.LastId, device), reply.ToJsonString());
    }

    [Fact]
    public async Task A_device_with_a_gap_reports_it()
    {
        await using var s = await server.OpenAsync(3, "TST-Gap", "SIM:v3-gap");
        Assert.Equal(100, s.Description["DeviceMessageTimingGap"]!.GetValue<int>());
        Assert.Equal("Test Device With Gap", s.Description["DeviceName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_removed_device_is_announced_with_DeviceRemoved()
    {
        var s = await OpenAsync("TST-v3-removed");
        await using (s.Client)
        {
            await s.Device.DisposeAsync();
            Assert.Equal("""{"Id":0,"DeviceIndex":@0}""".F(s.Index), (await s.Client.ReceiveAsync("DeviceRemoved")).ToJsonString());
        }
    }

    [Theory]
    // ceil(N·x): 0.5 of 20 = 10; 0.5 of 5 = 2.5 → 3; 0.01 of 10 = 0.1 → 1; 0.0000001 → 0.
    [InlineData("""{"Index":0,"Scalar":0.5,"ActuatorType":"Vibrate"}""", "F0:Vibrate:10;")]
    [InlineData("""{"Index":1,"Scalar":0.01,"ActuatorType":"Vibrate"}""", "F1:Vibrate:1;")]
    [InlineData("""{"Index":2,"Scalar":0.26,"ActuatorType":"Rotate"}""", "F2:Rotate:6;")]
    [InlineData("""{"Index":3,"Scalar":0.333,"ActuatorType":"Position"}""", "F3:Position:34;")]
    [InlineData("""{"Index":4,"Scalar":1.0,"ActuatorType":"Oscillate"}""", "F4:Oscillate:10;")]
    [InlineData("""{"Index":5,"Scalar":0.5,"ActuatorType":"Constrict"}""", "F6:Constrict:3;")]
    [InlineData("""{"Index":5,"Scalar":0.2,"ActuatorType":"Inflate"}""", "F6:Constrict:1;")]
    [InlineData("""{"Index":0,"Scalar":0.99,"ActuatorType":"Vibrate"}""", "F0:Vibrate:20;")]
    public async Task ScalarCmd_rounds_up_to_steps(string scalar, string expected)
    {
        await using var s = await OpenAsync($"TST-v3-scalar-{scalar.GetHashCode():x}");
        s.AssertOk(await s.RequestAsync("ScalarCmd", """ "DeviceIndex":{i},"Scalars":[@0]""".F(scalar)));
        await s.Device.ExpectWritesAsync(expected);
    }

    [Fact]
    public async Task ScalarCmd_with_several_scalars_writes_each()
    {
        await using var s = await OpenAsync("TST-v3-scalars");
        s.AssertOk(await s.RequestAsync("ScalarCmd", """ "DeviceIndex":{i},"Scalars":[{"Index":1,"Scalar":0.3,"ActuatorType":"Vibrate"},{"Index":0,"Scalar":0.3,"ActuatorType":"Vibrate"}]"""));
        await s.Device.ExpectWritesAsync("F1:Vibrate:3;", "F0:Vibrate:6;");
    }

    [Theory]
    [InlineData("""[{"Index":0,"Scalar":1.5,"ActuatorType":"Vibrate"}]""", 4)]
    [InlineData("""[{"Index":0,"Scalar":-0.1,"ActuatorType":"Vibrate"}]""", 4)]
    [InlineData("""[{"Index":6,"Scalar":0.5,"ActuatorType":"Vibrate"}]""", 4)]
    [InlineData("""[{"Index":0,"Scalar":0.5,"ActuatorType":"Rotate"}]""", 4)]
    [InlineData("""[]""", 4)]
    [InlineData("""[{"Index":0,"Scalar":0.5,"ActuatorType":"Wiggle"}]""", 3)]
    [InlineData("""[{"Index":0,"Scalar":"0.5","ActuatorType":"Vibrate"}]""", 3)]
    [InlineData("""[{"Index":0,"ActuatorType":"Vibrate"}]""", 3)]
    [InlineData("""{"Index":0}""", 3)]
    public async Task ScalarCmd_refuses_bad_scalars_and_writes_nothing(string scalars, int code)
    {
        await using var s = await OpenAsync($"TST-v3-badscalar-{scalars.GetHashCode():x}");
        s.AssertError(await s.RequestAsync("ScalarCmd", """ "DeviceIndex":{i},"Scalars":@0""".F(scalars)), code);
        await s.Device.ExpectNoWritesAsync(100);
    }

    [Fact]
    public async Task One_bad_subcommand_refuses_the_whole_message()
    {
        await using var s = await OpenAsync("TST-v3-partial");
        s.AssertError(await s.RequestAsync("ScalarCmd", """ "DeviceIndex":{i},"Scalars":[{"Index":0,"Scalar":0.5,"ActuatorType":"Vibrate"},{"Index":9,"Scalar":0.5,"ActuatorType":"Vibrate"}]"""), 4);
        await s.Device.ExpectNoWritesAsync(100);
    }

    [Fact]
    public async Task LinearCmd_truncates_positions_and_passes_the_duration()
    {
        await using var s = await OpenAsync("TST-v3-linear");
        s.AssertOk(await s.RequestAsync("LinearCmd", """ "DeviceIndex":{i},"Vectors":[{"Index":0,"Duration":300,"Position":0.559}]"""));
        await s.Device.ExpectWritesAsync("F3:HwPositionWithDuration:55:300;");
        s.AssertOk(await s.RequestAsync("LinearCmd", """ "DeviceIndex":{i},"Vectors":[{"Index":0,"Duration":10,"Position":1.0}]"""));
        await s.Device.ExpectWritesAsync("F3:HwPositionWithDuration:100:10;");
        s.AssertError(await s.RequestAsync("LinearCmd", """ "DeviceIndex":{i},"Vectors":[{"Index":1,"Duration":10,"Position":1.0}]"""), 4);
        s.AssertError(await s.RequestAsync("LinearCmd", """ "DeviceIndex":{i},"Vectors":[{"Index":0,"Duration":-1,"Position":1.0}]"""), 3);
        s.AssertError(await s.RequestAsync("LinearCmd", """ "DeviceIndex":{i},"Vectors":[{"Index":0,"Duration":10,"Position":1.2}]"""),4);
    }

    [Fact]
    public async Task RotateCmd_signs_the_speed_by_direction()
    {
        await using var s = await OpenAsync("TST-v3-rotate");
        s.AssertOk(await s.RequestAsync("RotateCmd", """ "DeviceIndex":{i},"Rotations":[{"Index":0,"Speed":0.5,"Clockwise":false}]"""));
        await s.Device.ExpectWritesAsync("F2:Rotate:-10;");
        s.AssertOk(await s.RequestAsync("RotateCmd", """ "DeviceIndex":{i},"Rotations":[{"Index":0,"Speed":0.51,"Clockwise":true}]"""));
        await s.Device.ExpectWritesAsync("F2:Rotate:11;");
        s.AssertError(await s.RequestAsync("RotateCmd", """ "DeviceIndex":{i},"Rotations":[{"Index":0,"Speed":0.5}]"""), 3);
    }

    [Fact]
    public async Task VibrateCmd_is_still_accepted_from_v3_clients()
    {
        await using var s = await OpenAsync("TST-v3-vibrate");
        s.AssertOk(await s.RequestAsync("VibrateCmd", """ "DeviceIndex":{i},"Speeds":[{"Index":1,"Speed":0.75}]"""));
        await s.Device.ExpectWritesAsync("F1:Vibrate:8;");
    }

    [Fact]
    public async Task SensorReadCmd_reads_battery_and_rssi()
    {
        await using var s = await OpenAsync("TST-v3-sensorread");
        var battery = await s.RequestAsync("SensorReadCmd", """ "DeviceIndex":{i},"SensorIndex":0,"SensorType":"Battery" """);
        Assert.Equal("""{"SensorReading":{"Id":@0,"DeviceIndex":@1,"SensorIndex":0,"SensorType":"Battery","Data":[85]}}""".F(s.LastId, s.Index), battery.ToJsonString());
        var rssi = await s.RequestAsync("SensorReadCmd", """ "DeviceIndex":{i},"SensorIndex":1,"SensorType":"RSSI" """);
        Assert.Equal("""{"SensorReading":{"Id":@0,"DeviceIndex":@1,"SensorIndex":1,"SensorType":"RSSI","Data":[-60]}}""".F(s.LastId, s.Index), rssi.ToJsonString());
        s.AssertError(await s.RequestAsync("SensorReadCmd", """ "DeviceIndex":{i},"SensorIndex":0,"SensorType":"RSSI" """), 4);
        s.AssertError(await s.RequestAsync("SensorReadCmd", """ "DeviceIndex":{i},"SensorIndex":2,"SensorType":"Battery" """), 4);
        await s.Device.ExpectWritesAsync("I5;", "I7;");
    }

    [Fact]
    public async Task SensorSubscribeCmd_streams_readings_with_Id_0_until_SensorUnsubscribeCmd()
    {
        await using var s = await OpenAsync("TST-v3-subscribe");
        s.AssertOk(await s.RequestAsync("SensorSubscribeCmd", """ "DeviceIndex":{i},"SensorIndex":0,"SensorType":"Battery" """));
        await s.Client.SendAsync("""[{"SensorReadCmd":{"Id":900,"DeviceIndex":@0,"SensorIndex":0,"SensorType":"Battery"}}]""".F(s.Index));
        var replies = new[] { await s.Client.ReceiveAsync(), await s.Client.ReceiveAsync() }.Select(r => r.ToJsonString()).Order().ToList();
        Assert.Equal(
            [
                """{"SensorReading":{"Id":0,"DeviceIndex":@0,"SensorIndex":0,"SensorType":"Battery","Data":[85]}}""".F(s.Index),
                """{"SensorReading":{"Id":900,"DeviceIndex":@0,"SensorIndex":0,"SensorType":"Battery","Data":[85]}}""".F(s.Index),
            ], replies);
        s.AssertOk(await s.RequestAsync("SensorUnsubscribeCmd", """ "DeviceIndex":{i},"SensorIndex":0,"SensorType":"Battery" """));
        var read = await s.RequestAsync("SensorReadCmd", """ "DeviceIndex":{i},"SensorIndex":0,"SensorType":"Battery" """);
        Assert.Equal(s.LastId, read["SensorReading"]!["Id"]!.GetValue<uint>());
        s.AssertOk(await s.RequestAsync("Ping"));
        s.AssertError(await s.RequestAsync("SensorSubscribeCmd", """ "DeviceIndex":{i},"SensorIndex":5,"SensorType":"Battery" """), 4);
    }

    [Fact]
    public async Task StopDeviceCmd_and_StopAllDevices_write_the_stop_bytes()
    {
        await using var s = await OpenAsync("TST-v3-stop");
        s.AssertOk(await s.RequestAsync("ScalarCmd", """ "DeviceIndex":{i},"Scalars":[{"Index":0,"Scalar":0.5,"ActuatorType":"Vibrate"}]"""));
        await s.Device.ExpectWritesAsync("F0:Vibrate:10;");
        s.AssertOk(await s.RequestAsync("StopDeviceCmd", """ "DeviceIndex":{i}"""));
        await s.Device.ExpectWritesAsync(StopWrites);
        s.AssertOk(await s.RequestAsync("StopAllDevices"));
        await s.Device.ExpectWritesAsync(StopWrites);
        s.AssertError(await s.RequestAsync("StopDeviceCmd", """ "DeviceIndex":3998"""), 4);
    }

    [Fact]
    public async Task Messages_of_other_versions_are_refused()
    {
        await using var s = await OpenAsync("TST-v3-others");
        foreach (var name in new[] { "OutputCmd", "InputCmd", "StopCmd", "Disconnect", "SingleMotorVibrateCmd", "BatteryLevelCmd", "RSSILevelCmd", "Test", "FleshlightLaunchFW12Cmd", "KiirooCmd", "RequestLog" })
            Assert.Contains(name, s.AssertError(await s.RequestAsync(name, """ "DeviceIndex":{i}"""), 3), StringComparison.Ordinal);
        await s.Device.ExpectNoWritesAsync(50);
    }
}
