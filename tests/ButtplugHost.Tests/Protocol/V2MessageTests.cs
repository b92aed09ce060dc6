using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Protocol.TestDeviceFacts;

namespace ButtplugHost.Tests.Protocol;

/// <summary>Every message of spec v2 against the real server and a simulated test device (raw access off).</summary>
public sealed class V2MessageTests(SharedServer server) : IClassFixture<SharedServer>
{
    private Task<TestSession> OpenAsync(string name) => server.OpenAsync(2, name, null, Sensors);

    [Fact]
    public async Task Devices_are_described_with_StepCount_and_sensors_but_no_raw_messages()
    {
        await using var s = await OpenAsync("TST-v2-describe");
        var device = """{"DeviceIndex":@0,"DeviceName":"Test Device","DeviceMessages":@1}""".F(s.Index, V2Messages);
        Assert.Equal(device.Insert(1, "\"Id\":0,"), s.Description.ToJsonString());
        var reply = await s.RequestAsync("RequestDeviceList");
        Assert.Equal("""{"DeviceList":{"Id":@0,"Devices":[@1]}}""".F(s.LastId, device), reply.ToJsonString());
    }

    [Fact]
    public async Task A_removed_device_is_announced_with_DeviceRemoved()
    {
        var s = await OpenAsync("TST-v2-removed");
        await using (s.Client)
        {
            await s.Device.DisposeAsync();
            Assert.Equal("""{"Id":0,"DeviceIndex":@0}""".F(s.Index), (await s.Client.ReceiveAsync("DeviceRemoved")).ToJsonString());
        }
    }

    [Fact]
    public async Task BatteryLevelCmd_reports_a_fraction()
    {
        await using var s = await OpenAsync("TST-v2-battery");
        var reply = await s.RequestAsync("BatteryLevelCmd", """ "DeviceIndex":{i}""");
        Assert.Equal("""{"BatteryLevelReading":{"Id":@0,"DeviceIndex":@1,"BatteryLevel":0.85}}""".F(s.LastId, s.Index), reply.ToJsonString());
        await s.Device.ExpectWritesAsync("I5;");
    }

    [Fact]
    public async Task RSSILevelCmd_reports_the_signal_strength()
    {
        await using var s = await OpenAsync("TST-v2-rssi");
        var reply = await s.RequestAsync("RSSILevelCmd", """ "DeviceIndex":{i}""");
        Assert.Equal("""{"RSSILevelReading":{"Id":@0,"DeviceIndex":@1,"RSSILevel":-60}}""".F(s.LastId, s.Index), reply.ToJsonString());
        await s.Device.ExpectWritesAsync("I7;");
    }

    [Fact]
    public async Task Sensor_commands_on_a_device_without_sensors_are_device_errors()
    {
        await using var s = await server.OpenAsync(2, "TST-Vibe", "SIM:v2-vibe");
        Assert.Equal("""{"VibrateCmd":{"FeatureCount":1,"StepCount":[20]},"StopDeviceCmd":{}}""", s.Description["DeviceMessages"]!.ToJsonString());
        s.AssertError(await s.RequestAsync("BatteryLevelCmd", """ "DeviceIndex":{i}"""), 4);
        s.AssertError(await s.RequestAsync("RSSILevelCmd", """ "DeviceIndex":{i}"""), 4);
        s.AssertError(await s.RequestAsync("LinearCmd", """ "DeviceIndex":{i},"Vectors":[{"Index":0,"Duration":1,"Position":0.5}]"""), 4);
    }

    [Fact]
    public async Task VibrateCmd_RotateCmd_and_LinearCmd_drive_their_features()
    {
        await using var s = await OpenAsync("TST-v2-generic");
        s.AssertOk(await s.RequestAsync("VibrateCmd", """ "DeviceIndex":{i},"Speeds":[{"Index":1,"Speed":0.11}]"""));
        await s.Device.ExpectWritesAsync("F1:Vibrate:2;");
        s.AssertOk(await s.RequestAsync("RotateCmd", """ "DeviceIndex":{i},"Rotations":[{"Index":0,"Speed":1.0,"Clockwise":false}]"""));
        await s.Device.ExpectWritesAsync("F2:Rotate:-20;");
        s.AssertOk(await s.RequestAsync("LinearCmd", """ "DeviceIndex":{i},"Vectors":[{"Index":0,"Duration":0,"Position":0.999}]"""));
        await s.Device.ExpectWritesAsync("F3:HwPositionWithDuration:99:0;");
    }

    [Theory]
    [InlineData("RawWriteCmd", """ "DeviceIndex":{i},"Endpoint":"tx","Data":[1,2],"WriteWithResponse":false""")]
    [InlineData("RawReadCmd", """ "DeviceIndex":{i},"Endpoint":"rx","ExpectedLength":0,"WaitForData":false""")]
    [InlineData("RawSubscribeCmd", """ "DeviceIndex":{i},"Endpoint":"rx" """)]
    [InlineData("RawUnsubscribeCmd", """ "DeviceIndex":{i},"Endpoint":"rx" """)]
    public async Task Raw_commands_are_refused_without_allow_raw(string name, string fields)
    {
        await using var s = await OpenAsync($"TST-v2-noraw-{name}");
        Assert.Contains("--allow-raw", s.AssertError(await s.RequestAsync(name, fields), 3), StringComparison.Ordinal);
        await s.Device.ExpectNoWritesAsync(50);
    }

    [Fact]
    public async Task Messages_of_other_versions_are_refused()
    {
        await using var s = await OpenAsync("TST-v2-others");
        foreach (var name in new[] { "SingleMotorVibrateCmd", "FleshlightLaunchFW12Cmd", "VorzeA10CycloneCmd", "KiirooCmd", "Test", "RequestLog", "ScalarCmd", "SensorReadCmd", "OutputCmd", "InputCmd", "StopCmd", "LovenseCmd" })
            Assert.Contains(name, s.AssertError(await s.RequestAsync(name, """ "DeviceIndex":{i}"""), 3), StringComparison.Ordinal);
        await s.Device.ExpectNoWritesAsync(50);
    }
}
