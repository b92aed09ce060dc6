using ButtplugHost.Tests.Infrastructure;
using static ButtplugHost.Tests.Protocol.TestDeviceFacts;

namespace ButtplugHost.Tests.Protocol;

/// <summary>Every message of spec v4 against the real server and a simulated test device: exact replies, exact bytes.</summary>
public sealed class V4MessageTests(SharedServer server) : IClassFixture<SharedServer>
{
    private Task<TestSession> OpenAsync(string name) => server.OpenAsync(4, name, null, Sensors);

    [Fact]
    public async Task A_new_device_is_announced_as_the_full_device_list_with_Id_0()
    {
        await using var s = await OpenAsync("TST-v4-list");
        var device = """{"DeviceIndex":@0,"DeviceName":"Test Device","DeviceMessageTimingGap":0,"DeviceFeatures":@1}""".F(s.Index, V4Features);
        Assert.Equal("""{"Id":0,"Devices":{"@0":@1}}""".F(s.Index, device), s.Description.ToJsonString());
        var reply = await s.RequestAsync("RequestDeviceList");
        Assert.Equal("""{"DeviceList":{"Id":@0,"Devices":{"@1":@2}}}""".F(s.LastId, s.Index, device), reply.ToJsonString());
    }

    [Fact]
    public async Task A_device_with_a_gap_reports_it()
    {
        await using var s = await server.OpenAsync(4, "TST-Gap", "SIM:v4-gap");
        var device = s.Description["Devices"]![s.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)]!;
        Assert.Equal(100, device["DeviceMessageTimingGap"]!.GetValue<int>());
        Assert.Equal("Test Device With Gap", device["DeviceName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_removed_device_is_announced_as_the_device_list_without_it()
    {
        var s = await OpenAsync("TST-v4-removed");
        await using (s.Client)
        {
            await s.Device.DisposeAsync();
            var list = await s.Client.ReceiveAsync("DeviceList");
            Assert.Equal("""{"Id":0,"Devices":{}}""", list.ToJsonString());
        }
    }

    [Theory]
    [InlineData(0, """{"Vibrate":{"Value":10}}""", "F0:Vibrate:10;")]
    [InlineData(1, """{"Vibrate":{"Value":10}}""", "F1:Vibrate:10;")]
    [InlineData(2, """{"Rotate":{"Value":-15}}""", "F2:Rotate:-15;")]
    [InlineData(2, """{"Rotate":{"Value":20}}""", "F2:Rotate:20;")]
    [InlineData(2, """{"RotateWithDirection":{"Value":7,"Clockwise":false}}""", "F2:Rotate:-7;")]
    [InlineData(3, """{"Position":{"Value":40}}""", "F3:Position:40;")]
    [InlineData(3, """{"HwPositionWithDuration":{"Value":60,"Duration":250}}""", "F3:HwPositionWithDuration:60:250;")]
    [InlineData(4, """{"Oscillate":{"Value":7}}""", "F4:Oscillate:7;")]
    [InlineData(6, """{"Constrict":{"Value":5}}""", "F6:Constrict:5;")]
    [InlineData(6, """{"Temperature":{"Value":-3}}""", "F6:Temperature:-3;")]
    [InlineData(6, """{"Led":{"Value":2}}""", "F6:Led:2;")]
    [InlineData(6, """{"Spray":{"Value":1}}""", "F6:Spray:1;")]
    [InlineData(0, """{"vibrate":{"Value":3}}""", "F0:Vibrate:3;")]
    [InlineData(3, """{"hw_position_with_duration":{"Value":1,"Duration":0}}""", "F3:HwPositionWithDuration:1:0;")]
    public async Task OutputCmd_drives_each_output_type(int feature, string command, string expected)
    {
        await using var s = await OpenAsync($"TST-v4-out-{feature}-{expected.GetHashCode():x}");
        s.AssertOk(await s.RequestAsync("OutputCmd", """ "DeviceIndex":{i},"FeatureIndex":@0,"Command":@1""".F(feature, command)));
        await s.Device.ExpectWritesAsync(expected);
    }

    [Fact]
    public async Task OutputCmd_does_not_resend_an_unchanged_value()
    {
        await using var s = await OpenAsync("TST-v4-unchanged");
        s.AssertOk(await s.RequestAsync("OutputCmd", """ "DeviceIndex":{i},"FeatureIndex":0,"Command":{"Vibrate":{"Value":4}}"""));
        await s.Device.ExpectWritesAsync("F0:Vibrate:4;");
        s.AssertOk(await s.RequestAsync("OutputCmd", """ "DeviceIndex":{i},"FeatureIndex":0,"Command":{"Vibrate":{"Value":4}}"""));
        await s.Device.ExpectNoWritesAsync();
    }

    [Theory]
    [InlineData(0, """{"Vibrate":{"Value":21}}""", 4)]
    [InlineData(0, """{"Vibrate":{"Value":-1}}""", 4)]
    [InlineData(2, """{"Rotate":{"Value":-21}}""", 4)]
    [InlineData(6, """{"Temperature":{"Value":6}}""", 4)]
    [InlineData(0, """{"Rotate":{"Value":1}}""", 4)]
    [InlineData(5, """{"Vibrate":{"Value":1}}""", 4)]
    [InlineData(99, """{"Vibrate":{"Value":1}}""", 4)]
    [InlineData(3, """{"HwPositionWithDuration":{"Value":50,"Duration":10001}}""", 4)]
    [InlineData(3, """{"HwPositionWithDuration":{"Value":50}}""", 3)]
    [InlineData(0, """{"Vibrate":{"Value":1.5}}""", 3)]
    [InlineData(0, """{"Vibrate":{"Value":"1"}}""", 3)]
    [InlineData(0, """{"Vibrate":{}}""", 3)]
    [InlineData(0, """{"Buzz":{"Value":1}}""", 3)]
    [InlineData(0, """{"Vibrate":{"Value":1},"Rotate":{"Value":1}}""", 3)]
    [InlineData(0, """{}""", 3)]
    [InlineData(0, "5", 3)]
    public async Task OutputCmd_refuses_bad_commands_and_writes_nothing(int feature, string command, int code)
    {
        await using var s = await OpenAsync($"TST-v4-bad-{feature}-{command.GetHashCode():x}");
        s.AssertError(await s.RequestAsync("OutputCmd", """ "DeviceIndex":{i},"FeatureIndex":@0,"Command":@1""".F(feature, command)), code);
        await s.Device.ExpectNoWritesAsync(100);
    }

    [Fact]
    public async Task OutputCmd_to_an_unknown_device_is_a_device_error()
    {
        await using var s = await OpenAsync("TST-v4-nodevice");
        var message = s.AssertError(await s.RequestAsync("OutputCmd", """ "DeviceIndex":4000,"FeatureIndex":0,"Command":{"Vibrate":{"Value":1}}"""), 4);
        Assert.Contains("4000", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InputCmd_reads_battery_and_rssi()
    {
        await using var s = await OpenAsync("TST-v4-read");
        var battery = await s.RequestAsync("InputCmd", """ "DeviceIndex":{i},"FeatureIndex":5,"Type":"Battery","Command":"Read" """);
        Assert.Equal("""{"InputReading":{"Id":@0,"DeviceIndex":@1,"FeatureIndex":5,"Reading":{"Battery":{"Value":85}}}}""".F(s.LastId, s.Index), battery.ToJsonString());
        var rssi = await s.RequestAsync("InputCmd", """ "DeviceIndex":{i},"FeatureIndex":7,"Type":"RSSI","Command":"Read" """);
        Assert.Equal("""{"InputReading":{"Id":@0,"DeviceIndex":@1,"FeatureIndex":7,"Reading":{"Rssi":{"Value":-60}}}}""".F(s.LastId, s.Index), rssi.ToJsonString());
        await s.Device.ExpectWritesAsync("I5;", "I7;");
    }

    [Fact]
    public async Task InputCmd_subscribe_streams_readings_with_Id_0_until_unsubscribed()
    {
        await using var s = await OpenAsync("TST-v4-subscribe");
        s.AssertOk(await s.RequestAsync("InputCmd", """ "DeviceIndex":{i},"FeatureIndex":5,"Type":"Battery","Command":"Subscribe" """));
        // A read makes the device report; the subscription sees that report too.
        await s.Client.SendAsync("""[{"InputCmd":{"Id":900,"DeviceIndex":@0,"FeatureIndex":5,"Type":"Battery","Command":"Read"}}]""".F(s.Index));
        var replies = new[] { await s.Client.ReceiveAsync(), await s.Client.ReceiveAsync() }.Select(r => r.ToJsonString()).Order().ToList();
        Assert.Equal(
            [
                """{"InputReading":{"Id":0,"DeviceIndex":@0,"FeatureIndex":5,"Reading":{"Battery":{"Value":85}}}}""".F(s.Index),
                """{"InputReading":{"Id":900,"DeviceIndex":@0,"FeatureIndex":5,"Reading":{"Battery":{"Value":85}}}}""".F(s.Index),
            ], replies);
        s.AssertOk(await s.RequestAsync("InputCmd", """ "DeviceIndex":{i},"FeatureIndex":5,"Type":"Battery","Command":"Unsubscribe" """));
        var read = await s.RequestAsync("InputCmd", """ "DeviceIndex":{i},"FeatureIndex":5,"Type":"Battery","Command":"Read" """);
        Assert.Equal(s.LastId, read["InputReading"]!["Id"]!.GetValue<uint>());
        s.AssertOk(await s.RequestAsync("Ping"));
    }

    [Theory]
    [InlineData(7, "Button", "Read", 4)]
    [InlineData(7, "Rssi", "Subscribe", 4)]
    [InlineData(0, "Battery", "Read", 4)]
    [InlineData(42, "Battery", "Read", 4)]
    [InlineData(5, "Smell", "Read", 3)]
    [InlineData(5, "Battery", "Sniff", 3)]
    public async Task InputCmd_refuses_what_the_feature_does_not_offer(int feature, string type, string command, int code)
    {
        await using var s = await OpenAsync($"TST-v4-in-{feature}-{type}-{command}");
        s.AssertError(await s.RequestAsync("InputCmd", """ "DeviceIndex":{i},"FeatureIndex":@0,"Type":"@1","Command":"@2" """.F(feature, type, command)), code);
    }

    [Fact]
    public async Task StopCmd_without_a_device_stops_every_device()
    {
        await using var s = await OpenAsync("TST-v4-stopall");
        s.AssertOk(await s.RequestAsync("OutputCmd", """ "DeviceIndex":{i},"FeatureIndex":0,"Command":{"Vibrate":{"Value":9}}"""));
        await s.Device.ExpectWritesAsync("F0:Vibrate:9;");
        s.AssertOk(await s.RequestAsync("StopCmd"));
        await s.Device.ExpectWritesAsync(StopWrites);
    }

    [Fact]
    public async Task StopCmd_with_a_device_stops_that_device()
    {
        await using var s = await OpenAsync("TST-v4-stopdevice");
        s.AssertOk(await s.RequestAsync("StopCmd", """ "DeviceIndex":{i}"""));
        await s.Device.ExpectWritesAsync(StopWrites);
        s.AssertError(await s.RequestAsync("StopCmd", """ "DeviceIndex":3999"""), 4);
    }

    [Fact]
    public async Task StopCmd_with_a_feature_stops_only_that_feature()
    {
        await using var s = await OpenAsync("TST-v4-stopfeature");
        s.AssertOk(await s.RequestAsync("OutputCmd", """ "DeviceIndex":{i},"FeatureIndex":0,"Command":{"Vibrate":{"Value":9}}"""));
        s.AssertOk(await s.RequestAsync("OutputCmd", """ "DeviceIndex":{i},"FeatureIndex":1,"Command":{"Vibrate":{"Value":8}}"""));
        await s.Device.WaitForNewWritesAsync(2);
        s.Device.Skip();
        s.AssertOk(await s.RequestAsync("StopCmd", """ "DeviceIndex":{i},"FeatureIndex":1"""));
        await s.Device.ExpectWritesAsync("F1:Vibrate:0;");
        s.AssertError(await s.RequestAsync("StopCmd", """ "DeviceIndex":{i},"FeatureIndex":77"""), 4);
    }

    [Fact]
    public async Task StopCmd_flags_choose_outputs_and_inputs()
    {
        await using var s = await OpenAsync("TST-v4-stopflags");
        s.AssertOk(await s.RequestAsync("InputCmd", """ "DeviceIndex":{i},"FeatureIndex":5,"Type":"Battery","Command":"Subscribe" """));
        // Inputs only: no output is touched, the subscription ends.
        s.AssertOk(await s.RequestAsync("StopCmd", """ "DeviceIndex":{i},"Outputs":false,"Inputs":true"""));
        await s.Device.ExpectNoWritesAsync(100);
        await s.Client.SendAsync("""[{"InputCmd":{"Id":901,"DeviceIndex":@0,"FeatureIndex":5,"Type":"Battery","Command":"Read"}}]""".F(s.Index));
        Assert.Equal(901u, (await s.Client.ReceiveAsync())["InputReading"]!["Id"]!.GetValue<uint>());
        s.AssertOk(await s.RequestAsync("Ping"));   // no Id-0 reading came before this Ok
        await s.Device.ExpectWritesAsync("I5;");

        // Outputs only: the subscription stays.
        s.AssertOk(await s.RequestAsync("InputCmd", """ "DeviceIndex":{i},"FeatureIndex":5,"Type":"Battery","Command":"Subscribe" """));
        s.AssertOk(await s.RequestAsync("StopCmd", """ "DeviceIndex":{i},"Outputs":true,"Inputs":false"""));
        await s.Device.ExpectWritesAsync(StopWrites);
        await s.Client.SendAsync("""[{"InputCmd":{"Id":902,"DeviceIndex":@0,"FeatureIndex":5,"Type":"Battery","Command":"Read"}}]""".F(s.Index));
        var ids = new[] { await s.Client.ReceiveAsync(), await s.Client.ReceiveAsync() }.Select(r => r["InputReading"]!["Id"]!.GetValue<uint>()).Order();
        Assert.Equal([0u, 902u], ids);
    }

    [Fact]
    public async Task StopCmd_with_a_feature_but_no_device_stops_every_device()
    {
        await using var s = await OpenAsync("TST-v4-stopfeatureonly");
        s.AssertOk(await s.RequestAsync("StopCmd", """ "FeatureIndex":0"""));
        await s.Device.ExpectWritesAsync(StopWrites);
    }

    [Fact]
    public async Task Disconnect_answers_Ok_stops_every_device_and_closes()
    {
        var s = await OpenAsync("TST-v4-disconnect");
        await using (s.Device)
        await using (s.Client)
        {
            s.AssertOk(await s.RequestAsync("OutputCmd", """ "DeviceIndex":{i},"FeatureIndex":0,"Command":{"Vibrate":{"Value":9}}"""));
            await s.Device.ExpectWritesAsync("F0:Vibrate:9;");
            s.AssertOk(await s.RequestAsync("Disconnect"));
            Assert.True(await s.Client.WaitForCloseAsync());
            await s.Device.ExpectWritesAsync(StopWrites);
        }
    }

    [Fact]
    public async Task Legacy_messages_are_not_part_of_v4()
    {
        await using var s = await OpenAsync("TST-v4-legacy");
        foreach (var name in new[] { "VibrateCmd", "ScalarCmd", "StopDeviceCmd", "StopAllDevices", "SingleMotorVibrateCmd", "BatteryLevelCmd", "SensorReadCmd", "RawWriteCmd", "Test", "RequestLog", "LinearCmd", "RotateCmd" })
        {
            var message = s.AssertError(await s.RequestAsync(name, """ "DeviceIndex":{i}"""), 3);
            Assert.Contains(name, message, StringComparison.Ordinal);
        }
        await s.Device.ExpectNoWritesAsync(50);
    }

    [Fact]
    public async Task Scanning_and_ping_answer_Ok_and_scanning_finishes()
    {
        await using var s = await OpenAsync("TST-v4-scan");
        s.AssertOk(await s.RequestAsync("Ping"));
        s.AssertOk(await s.RequestAsync("StartScanning"));
        Assert.Equal("""{"Id":0}""", (await s.Client.ReceiveAsync("ScanningFinished")).ToJsonString());
        s.AssertOk(await s.RequestAsync("StopScanning"));
    }
}
