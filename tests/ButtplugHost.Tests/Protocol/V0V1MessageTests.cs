using System.Globalization;
using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Protocol.TestDeviceFacts;

namespace ButtplugHost.Tests.Protocol;

/// <summary>Every message of spec v0 and v1 against the real server and a simulated test device.</summary>
public sealed class V0V1MessageTests(SharedServer server) : IClassFixture<SharedServer>
{
    [Fact]
    public async Task V0_devices_are_described_as_a_sorted_list_of_message_names()
    {
        await using var s = await server.OpenAsync(0, "TST-v0-describe");
        var device = """{"DeviceIndex":@0,"DeviceName":"Test Device","DeviceMessages":@1}""".F(s.Index, V0Messages);
        Assert.Equal(device.Insert(1, "\"Id\":0,"), s.Description.ToJsonString());
        var reply = await s.RequestAsync("RequestDeviceList");
        Assert.Equal("""{"DeviceList":{"Id":@0,"Devices":[@1]}}""".F(s.LastId, device), reply.ToJsonString());
    }

    [Fact]
    public async Task V0_a_vibrator_only_device_lists_SingleMotorVibrateCmd_KiirooCmd_and_StopDeviceCmd()
    {
        await using var s = await server.OpenAsync(0, "TST-Vibe", "SIM:v0-vibe");
        Assert.Equal("""["KiirooCmd","SingleMotorVibrateCmd","StopDeviceCmd"]""", s.Description["DeviceMessages"]!.ToJsonString());
    }

    [Fact]
    public async Task V1_devices_are_described_with_FeatureCount()
    {
        await using var s = await server.OpenAsync(1, "TST-v1-describe");
        var device = """{"DeviceIndex":@0,"DeviceName":"Test Device","DeviceMessages":@1}""".F(s.Index, V1Messages);
        Assert.Equal(device.Insert(1, "\"Id\":0,"), s.Description.ToJsonString());
        var reply = await s.RequestAsync("RequestDeviceList");
        Assert.Equal("""{"DeviceList":{"Id":@0,"Devices":[@1]}}""".F(s.LastId, device), reply.ToJsonString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task A_removed_device_is_announced_with_DeviceRemoved(int version)
    {
        var s = await server.OpenAsync(version, $"TST-v{version}-removed");
        await using (s.Client)
        {
            await s.Device.DisposeAsync();
            Assert.Equal("""{"Id":0,"DeviceIndex":@0}""".F(s.Index), (await s.Client.ReceiveAsync("DeviceRemoved")).ToJsonString());
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task SingleMotorVibrateCmd_sets_every_vibrator_rounding_up(int version)
    {
        await using var s = await server.OpenAsync(version, $"TST-v{version}-smv");
        s.AssertOk(await s.RequestAsync("SingleMotorVibrateCmd", """ "DeviceIndex":{i},"Speed":0.5"""));
        await s.Device.ExpectWritesAsync("F0:Vibrate:10;", "F1:Vibrate:5;");
        s.AssertOk(await s.RequestAsync("SingleMotorVibrateCmd", """ "DeviceIndex":{i},"Speed":0.33"""));
        await s.Device.ExpectWritesAsync("F0:Vibrate:7;", "F1:Vibrate:4;");
        s.AssertOk(await s.RequestAsync("SingleMotorVibrateCmd", """ "DeviceIndex":{i},"Speed":0.01"""));
        await s.Device.ExpectWritesAsync("F0:Vibrate:1;", "F1:Vibrate:1;");
        s.AssertError(await s.RequestAsync("SingleMotorVibrateCmd", """ "DeviceIndex":{i},"Speed":1.01"""),4);
        s.AssertError(await s.RequestAsync("SingleMotorVibrateCmd", """ "DeviceIndex":{i}"""), 3);
        s.AssertError(await s.RequestAsync("SingleMotorVibrateCmd", """ "DeviceIndex":3997,"Speed":0.5"""), 4);
        await s.Device.ExpectNoWritesAsync(50);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task FleshlightLaunchFW12Cmd_moves_the_stroker_with_the_launch_duration(int version)
    {
        await using var s = await server.OpenAsync(version, $"TST-v{version}-fw12");
        s.AssertOk(await s.RequestAsync("FleshlightLaunchFW12Cmd", """ "DeviceIndex":{i},"Position":99,"Speed":50"""));
        var first = LaunchDuration(1.0, 50 / 99.0);
        await s.Device.ExpectWritesAsync(string.Create(CultureInfo.InvariantCulture, $"F3:HwPositionWithDuration:100:{first};"));
        // Half way back down at full speed: distance 0.5 from the last position.
        s.AssertOk(await s.RequestAsync("FleshlightLaunchFW12Cmd", """ "DeviceIndex":{i},"Position":49,"Speed":99"""));
        var second = LaunchDuration(1.0 - 49 / 99.0, 1.0);
        await s.Device.ExpectWritesAsync(string.Create(CultureInfo.InvariantCulture, $"F3:HwPositionWithDuration:{(int)(100 * (49 / 99.0))}:{second};"));
        s.AssertError(await s.RequestAsync("FleshlightLaunchFW12Cmd", """ "DeviceIndex":{i},"Position":100,"Speed":50"""),4);
        s.AssertError(await s.RequestAsync("FleshlightLaunchFW12Cmd", """ "DeviceIndex":{i},"Position":10,"Speed":-1"""), 3);
        await s.Device.ExpectNoWritesAsync(50);
    }

    [Fact]
    public async Task FleshlightLaunchFW12Cmd_on_a_device_without_a_stroker_is_a_device_error()
    {
        await using var s = await server.OpenAsync(0, "TST-Vibe", "SIM:v0-fw12-vibe");
        s.AssertError(await s.RequestAsync("FleshlightLaunchFW12Cmd", """ "DeviceIndex":{i},"Position":10,"Speed":10"""), 4);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task VorzeA10CycloneCmd_drives_the_rotator_speed_0_to_100(int version)
    {
        await using var s = await server.OpenAsync(version, $"TST-v{version}-vorze");
        s.AssertOk(await s.RequestAsync("VorzeA10CycloneCmd", """ "DeviceIndex":{i},"Speed":50,"Clockwise":false"""));
        await s.Device.ExpectWritesAsync("F2:Rotate:-10;");
        s.AssertOk(await s.RequestAsync("VorzeA10CycloneCmd", """ "DeviceIndex":{i},"Speed":100,"Clockwise":true"""));
        await s.Device.ExpectWritesAsync("F2:Rotate:20;");
        s.AssertOk(await s.RequestAsync("VorzeA10CycloneCmd", """ "DeviceIndex":{i},"Speed":1,"Clockwise":true"""));
        await s.Device.ExpectWritesAsync("F2:Rotate:1;");
        s.AssertError(await s.RequestAsync("VorzeA10CycloneCmd", """ "DeviceIndex":{i},"Speed":101,"Clockwise":true"""),4);
        s.AssertError(await s.RequestAsync("VorzeA10CycloneCmd", """ "DeviceIndex":{i},"Speed":10,"Clockwise":"yes" """), 3);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task KiirooCmd_moves_a_stroker_by_level(int version)
    {
        await using var s = await server.OpenAsync(version, $"TST-v{version}-kiiroo");
        s.AssertOk(await s.RequestAsync("KiirooCmd", """ "DeviceIndex":{i},"Command":"2" """));
        await s.Device.ExpectWritesAsync("F3:HwPositionWithDuration:50:500;");
        s.AssertOk(await s.RequestAsync("KiirooCmd", """ "DeviceIndex":{i},"Command":"4" """));
        await s.Device.ExpectWritesAsync("F3:HwPositionWithDuration:100:500;");
        s.AssertError(await s.RequestAsync("KiirooCmd", """ "DeviceIndex":{i},"Command":"5" """),4);
        s.AssertError(await s.RequestAsync("KiirooCmd", """ "DeviceIndex":{i},"Command":3"""), 3);
    }

    [Fact]
    public async Task KiirooCmd_vibrates_a_device_without_a_stroker()
    {
        await using var s = await server.OpenAsync(0, "TST-Vibe", "SIM:v0-kiiroo-vibe");
        s.AssertOk(await s.RequestAsync("KiirooCmd", """ "DeviceIndex":{i},"Command":"1" """));
        await s.Device.ExpectWritesAsync("F0:Vibrate:5;");
    }

    [Fact]
    public async Task LovenseCmd_is_refused_without_allow_raw()
    {
        await using var s = await server.OpenAsync(0, "TST-v0-lovense");
        var message = s.AssertError(await s.RequestAsync("LovenseCmd", """ "DeviceIndex":{i},"Command":"Vibrate:20;" """), 3);
        Assert.Contains("--allow-raw", message, StringComparison.Ordinal);
        await s.Device.ExpectNoWritesAsync(50);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task StopDeviceCmd_and_StopAllDevices_write_the_stop_bytes(int version)
    {
        await using var s = await server.OpenAsync(version, $"TST-v{version}-stop");
        s.AssertOk(await s.RequestAsync("StopDeviceCmd", """ "DeviceIndex":{i}"""));
        await s.Device.ExpectWritesAsync(StopWrites);
        s.AssertOk(await s.RequestAsync("StopAllDevices"));
        await s.Device.ExpectWritesAsync(StopWrites);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Test_echoes_its_string_or_fails_on_Error(int version)
    {
        await using var s = await server.OpenAsync(version, $"TST-v{version}-test");
        var echo = await s.RequestAsync("Test", """ "TestString":"hello" """);
        Assert.Equal("""{"Test":{"Id":@0,"TestString":"hello"}}""".F(s.LastId), echo.ToJsonString());
        s.AssertError(await s.RequestAsync("Test", """ "TestString":"Error" """), 3);
        s.AssertError(await s.RequestAsync("Test", """ "TestString":5"""), 3);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task RequestLog_sends_the_server_log_at_the_asked_level_until_Off(int version)
    {
        await using var s = await server.OpenAsync(version, $"TST-v{version}-log");
        s.AssertOk(await s.RequestAsync("RequestLog", """ "LogLevel":"Warn" """));
        // A malformed message is logged as a warning.
        await s.Client.SendAsync("""[{"Ping":{}}]""");
        var log = await s.Client.ReceiveAsync("Log");
        Assert.Equal(0, log["Id"]!.GetValue<int>());
        Assert.Equal("Warn", log["LogLevel"]!.GetValue<string>());
        Assert.Contains("Ping has no Id", log["LogMessage"]!.GetValue<string>(), StringComparison.Ordinal);
        s.AssertOk(await s.RequestAsync("RequestLog", """ "LogLevel":"Off" """));
        await s.Client.SendAsync("""[{"Ping":{}}]""");
        Assert.Equal(0, (await s.Client.ReceiveAsync())["Error"]!["Id"]!.GetValue<int>());
        var ok = await s.RequestAsync("Ping");
        s.AssertOk(ok); // and no Log came between
        s.AssertError(await s.RequestAsync("RequestLog", """ "LogLevel":"Loud" """), 3);
    }

    [Fact]
    public async Task V1_VibrateCmd_RotateCmd_and_LinearCmd_drive_their_features()
    {
        await using var s = await server.OpenAsync(1, "TST-v1-generic");
        s.AssertOk(await s.RequestAsync("VibrateCmd", """ "DeviceIndex":{i},"Speeds":[{"Index":0,"Speed":0.5},{"Index":1,"Speed":1.0}]"""));
        await s.Device.ExpectWritesAsync("F0:Vibrate:10;", "F1:Vibrate:10;");
        s.AssertOk(await s.RequestAsync("RotateCmd", """ "DeviceIndex":{i},"Rotations":[{"Index":0,"Speed":0.25,"Clockwise":true}]"""));
        await s.Device.ExpectWritesAsync("F2:Rotate:5;");
        s.AssertOk(await s.RequestAsync("LinearCmd", """ "DeviceIndex":{i},"Vectors":[{"Index":0,"Duration":300,"Position":0.555}]"""));
        await s.Device.ExpectWritesAsync("F3:HwPositionWithDuration:55:300;");
        s.AssertError(await s.RequestAsync("VibrateCmd", """ "DeviceIndex":{i},"Speeds":[{"Index":2,"Speed":0.5}]"""), 4);
        s.AssertError(await s.RequestAsync("VibrateCmd", """ "DeviceIndex":{i},"Speeds":[{"Index":0,"Speed":2}]"""),4);
        await s.Device.ExpectNoWritesAsync(50);
    }

    [Theory]
    [InlineData(0, new[] { "VibrateCmd", "RotateCmd", "LinearCmd", "ScalarCmd", "BatteryLevelCmd", "RawWriteCmd", "OutputCmd", "StopCmd", "Disconnect" })]
    [InlineData(1, new[] { "LovenseCmd", "ScalarCmd", "BatteryLevelCmd", "RSSILevelCmd", "RawReadCmd", "SensorReadCmd", "InputCmd", "StopCmd" })]
    public async Task Messages_of_other_versions_are_refused(int version, string[] names)
    {
        await using var s = await server.OpenAsync(version, $"TST-v{version}-others");
        foreach (var name in names)
            Assert.Contains(name, s.AssertError(await s.RequestAsync(name, """ "DeviceIndex":{i}"""), 3), StringComparison.Ordinal);
        await s.Device.ExpectNoWritesAsync(50);
    }
}
