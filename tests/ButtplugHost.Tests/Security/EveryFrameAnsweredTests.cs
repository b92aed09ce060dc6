using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Security;

/// <summary>
/// Frames that used to end a session silently, and the smaller gaps: each now gets a spec Error and
/// the session goes on. Out-of-range values are ERROR_DEVICE (4) in every message version.
/// </summary>
public sealed class EveryFrameAnsweredTests(SharedServer server) : IClassFixture<SharedServer>
{
    private static void AssertError(JsonObject reply, uint id, int code)
    {
        Assert.True(reply.ContainsKey("Error"), "expected an Error, got " + reply.ToJsonString());
        Assert.Equal(id, reply["Error"]!["Id"]!.GetValue<uint>());
        Assert.Equal(code, reply["Error"]!["ErrorCode"]!.GetValue<int>());
    }

    private static async Task AssertStillServedAsync(RawClient client) =>
        Assert.True((await client.RequestAsync("""[{"Ping":{"Id":99}}]""", 99)).ContainsKey("Ok"));

    [Theory]
    [InlineData("""[{"Pi\ud800ng":{"Id":1}}]""", 1u)] // a lone surrogate escape in the message name (28 bytes)
    [InlineData("""[{"Ping":{"Id":[1]},"x":1}]""", 0u)] // two keys, and the Id is not a number
    [InlineData("""[{"\udc00":{"Id":2},"\ud800":{"Id":"x"}}]""", 2u)]
    [InlineData("""[{"Ping":{"Id":3},"x":{"Id":{"Id":1}}}]""", 3u)]
    public async Task Frames_that_crashed_the_parser_get_an_Error(string frame, uint id)
    {
        var (client, _) = await server.ConnectAsync(4);
        await using (client)
        {
            await client.ReceiveAsync("DeviceList"); // pushed after a v4 handshake
            await client.SendAsync(frame);
            AssertError(await client.ReceiveAsync(), id, 3);
            await AssertStillServedAsync(client);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t")]
    public async Task Empty_and_whitespace_frames_get_an_Error(string frame)
    {
        var (client, _) = await server.ConnectAsync(3);
        await using (client)
        {
            await client.SendAsync(frame);
            AssertError(await client.ReceiveAsync(), 0, 3);
            await AssertStillServedAsync(client);
        }
    }

    [Fact]
    public async Task A_binary_frame_gets_an_Error()
    {
        var (client, _) = await server.ConnectAsync(4);
        await using (client)
        {
            await client.ReceiveAsync("DeviceList"); // pushed after a v4 handshake
            await client.SendBinaryAsync("""[{"Ping":{"Id":5}}]"""u8.ToArray());
            var reply = await client.ReceiveAsync();
            AssertError(reply, 0, 3);
            Assert.Contains("text", reply["Error"]!["ErrorMessage"]!.GetValue<string>(), StringComparison.Ordinal);
            await AssertStillServedAsync(client);
        }
    }

    [Theory]
    [InlineData(1, """[{"RequestLog":{"Id":11,"LogLevel":"\ud800"}}]""", 11u)]
    [InlineData(4, """[{"OutputCmd":{"Id":12,"DeviceIndex":0,"FeatureIndex":0,"Command":{"\ud800":{"Value":1}}}}]""", 12u)]
    [InlineData(3, """[{"ScalarCmd":{"Id":13,"DeviceIndex":0,"Scalars":[{"Index":0,"Scalar":0.5,"ActuatorType":"Vib\udfffrate"}]}}]""", 13u)]
    public async Task A_lone_surrogate_in_a_field_is_a_message_error_not_an_unknown_one(int version, string frame, uint id)
    {
        var (client, _) = await server.ConnectAsync(version);
        await using (client)
        {
            if (version == 4)
                await client.ReceiveAsync("DeviceList"); // pushed after a v4 handshake
            var reply = await client.RequestAsync(frame, id);
            Assert.NotEqual(0, reply["Error"]!["ErrorCode"]!.GetValue<int>());
            if (version != 3)
                AssertError(reply, id, 3);
            await AssertStillServedAsync(client);
        }
    }

    [Fact]
    public async Task A_lone_surrogate_in_the_client_name_is_a_message_error()
    {
        await using var client = await RawClient.ConnectAsync(server.Host.Url);
        var reply = await client.RequestAsync("""[{"RequestServerInfo":{"Id":4,"ClientName":"x\ud800","MessageVersion":3}}]""", 4, timeoutMs: 15_000);
        AssertError(reply, 4, 3);
    }

    [Theory]
    [InlineData(3, "ScalarCmd", """ "DeviceIndex":{i},"Scalars":[{"Index":0,"Scalar":1.5,"ActuatorType":"Vibrate"}]""")]
    [InlineData(3, "VibrateCmd", """ "DeviceIndex":{i},"Speeds":[{"Index":0,"Speed":1.5}]""")]
    [InlineData(3, "RotateCmd", """ "DeviceIndex":{i},"Rotations":[{"Index":0,"Speed":-0.5,"Clockwise":true}]""")]
    [InlineData(3, "LinearCmd", """ "DeviceIndex":{i},"Vectors":[{"Index":0,"Duration":100,"Position":1.01}]""")]
    [InlineData(1, "SingleMotorVibrateCmd", """ "DeviceIndex":{i},"Speed":7""")]
    [InlineData(1, "VorzeA10CycloneCmd", """ "DeviceIndex":{i},"Speed":101,"Clockwise":true""")]
    [InlineData(4, "OutputCmd", """ "DeviceIndex":{i},"FeatureIndex":0,"Command":{"Vibrate":{"Value":21}}""")]
    public async Task Out_of_range_values_are_device_errors_in_every_version(int version, string name, string fields)
    {
        var s = await server.OpenAsync(version, $"TST-range-{name}");
        await using (s)
        {
            s.AssertError(await s.RequestAsync(name, fields), 4);
            await s.Device.ExpectNoWritesAsync(50);
        }
    }
}
