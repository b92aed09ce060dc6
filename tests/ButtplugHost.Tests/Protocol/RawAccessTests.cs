using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Protocol;

/// <summary>A server started with --allow-raw.</summary>
public sealed class RawServer : SharedServer
{
    protected override string[] Arguments => ["--allow-raw"];
}

/// <summary>Raw endpoint access (v2–v3 Raw*Cmd, v0 LovenseCmd) with --allow-raw.</summary>
public sealed class RawAccessTests(RawServer server) : IClassFixture<RawServer>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Raw_messages_are_advertised_with_the_endpoints(int version)
    {
        await using var s = await server.OpenAsync(version, $"TST-raw-describe-{version}", null, ("AB", "I5:42;"));
        var messages = s.Description["DeviceMessages"]!.AsObject();
        const string endpoints = """{"Endpoints":["rx","tx"]}""";
        Assert.Equal(endpoints, messages["RawReadCmd"]!.ToJsonString());
        Assert.Equal(endpoints, messages["RawWriteCmd"]!.ToJsonString());
        Assert.Equal(endpoints, messages["RawSubscribeCmd"]!.ToJsonString());
        // v3 lists only the initial command of a pair.
        Assert.Equal(version == 2, messages.ContainsKey("RawUnsubscribeCmd"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task RawWriteCmd_writes_the_bytes_as_given(int version)
    {
        await using var s = await server.OpenAsync(version, $"TST-raw-write-{version}");
        s.AssertOk(await s.RequestAsync("RawWriteCmd", """ "DeviceIndex":{i},"Endpoint":"tx","Data":[72,105,59],"WriteWithResponse":true"""));
        await s.Device.ExpectWritesAsync("Hi;");
        Assert.Contains(s.Device.Trace(), t => t.Op == "write" && t.Data == "48693b");
        s.AssertError(await s.RequestAsync("RawWriteCmd", """ "DeviceIndex":{i},"Endpoint":"nowhere","Data":[1],"WriteWithResponse":false"""), 4);
        s.AssertError(await s.RequestAsync("RawWriteCmd", """ "DeviceIndex":{i},"Endpoint":"tx","Data":[256],"WriteWithResponse":false"""), 3);
        s.AssertError(await s.RequestAsync("RawWriteCmd", """ "DeviceIndex":{i},"Endpoint":"tx","Data":[],"WriteWithResponse":false"""), 3);
        s.AssertError(await s.RequestAsync("RawWriteCmd", """ "DeviceIndex":{i},"Endpoint":"tx","Data":[1]"""), 3);
        await s.Device.ExpectNoWritesAsync(50);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task RawSubscribeCmd_forwards_notifications_with_Id_0_until_RawUnsubscribeCmd(int version)
    {
        // Writing "AB" makes the simulated device notify "I5:42;" on rx.
        await using var s = await server.OpenAsync(version, $"TST-raw-sub-{version}", null, ("AB", "I5:42;"));
        s.AssertOk(await s.RequestAsync("RawSubscribeCmd", """ "DeviceIndex":{i},"Endpoint":"rx" """));
        // The notification may come before or after the write's Ok.
        await s.Client.SendAsync("""[{"RawWriteCmd":{"Id":900,"DeviceIndex":@0,"Endpoint":"tx","Data":[65,66],"WriteWithResponse":false}}]""".F(s.Index));
        var replies = new[] { await s.Client.ReceiveAsync(), await s.Client.ReceiveAsync() }.Select(r => r.ToJsonString()).Order().ToList();
        Assert.Equal(
            [
                """{"Ok":{"Id":900}}""",
                """{"RawReading":{"Id":0,"DeviceIndex":@0,"Endpoint":"rx","Data":[73,53,58,52,50,59]}}""".F(s.Index),
            ], replies);
        s.AssertOk(await s.RequestAsync("RawUnsubscribeCmd", """ "DeviceIndex":{i},"Endpoint":"rx" """));
        s.AssertOk(await s.RequestAsync("RawWriteCmd", """ "DeviceIndex":{i},"Endpoint":"tx","Data":[65,66],"WriteWithResponse":false"""));
        s.AssertOk(await s.RequestAsync("Ping")); // no RawReading before this
    }

    [Fact]
    public async Task RawReadCmd_returns_what_the_endpoint_holds()
    {
        await using var s = await server.OpenAsync(3, "TST-raw-read");
        var reply = await s.RequestAsync("RawReadCmd", """ "DeviceIndex":{i},"Endpoint":"rx","ExpectedLength":0,"WaitForData":false""");
        Assert.Equal("""{"RawReading":{"Id":@0,"DeviceIndex":@1,"Endpoint":"rx","Data":[]}}""".F(s.LastId, s.Index), reply.ToJsonString());
        Assert.Contains(s.Device.Trace(), t => t.Op == "read" && t.Endpoint == "rx");
    }

    [Fact]
    public async Task LovenseCmd_writes_its_command_to_a_Lovense_device()
    {
        await using var s = await server.OpenAsync(0, "LVS-Hush", "SIM:raw-lovense-hush", ("DeviceType;", "Z:11:0082059AD3BD;"));
        Assert.Equal("Lovense Hush", s.Description["DeviceName"]!.GetValue<string>());
        var before = s.Device.Writes().Count;
        s.AssertOk(await s.RequestAsync("LovenseCmd", """ "DeviceIndex":{i},"Command":"Vibrate:5;" """));
        var until = DateTime.UtcNow.AddSeconds(5);
        while (!s.Device.Writes().Skip(before).Contains("Vibrate:5;") && DateTime.UtcNow < until)
            await Task.Delay(20);
        Assert.Contains("Vibrate:5;", s.Device.Writes().Skip(before));
    }

    [Fact]
    public async Task LovenseCmd_needs_a_Lovense_device()
    {
        await using var s = await server.OpenAsync(0, "TST-raw-lovense");
        var message = s.AssertError(await s.RequestAsync("LovenseCmd", """ "DeviceIndex":{i},"Command":"Vibrate:20;" """), 4);
        Assert.Contains("Lovense", message, StringComparison.Ordinal);
        s.AssertError(await s.RequestAsync("LovenseCmd", """ "DeviceIndex":3996,"Command":"Vibrate:20;" """), 4);
        await s.Device.ExpectNoWritesAsync(50);
    }

    [Fact]
    public async Task Raw_messages_are_not_part_of_v1_or_v4()
    {
        await using var s = await server.OpenAsync(4, "TST-raw-v4");
        s.AssertError(await s.RequestAsync("RawWriteCmd", """ "DeviceIndex":{i},"Endpoint":"tx","Data":[1],"WriteWithResponse":false"""), 3);
    }
}
