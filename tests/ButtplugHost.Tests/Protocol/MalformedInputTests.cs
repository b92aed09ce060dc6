using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Protocol;

/// <summary>
/// Bad input of every kind gets an Error with its code, the request's Id when it can be read (else 0)
/// and a readable message; nothing bad reaches a device; one bad message never loses the others.
/// </summary>
public sealed class MalformedInputTests(SharedServer server) : IClassFixture<SharedServer>
{
    private static void AssertError(System.Text.Json.Nodes.JsonObject reply, uint id, int code, string? mentions = null)
    {
        Assert.True(reply.ContainsKey("Error"), "expected an Error, got " + reply.ToJsonString());
        var error = reply["Error"]!.AsObject();
        Assert.Equal(["Id", "ErrorCode", "ErrorMessage"], error.Select(kv => kv.Key));
        Assert.Equal(id, error["Id"]!.GetValue<uint>());
        Assert.Equal(code, error["ErrorCode"]!.GetValue<int>());
        var message = error["ErrorMessage"]!.GetValue<string>();
        Assert.True(message.Length > 10, "unhelpful message: " + message);
        if (mentions is not null)
            Assert.Contains(mentions, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"Ping":{"Id":5}""", "invalid JSON")]
    [InlineData("""not json at all""", "invalid JSON")]
    [InlineData("""{"Ping":{"Id":5}}""", "array")]
    [InlineData("""[]""", "at least one")]
    [InlineData("""[5]""", "object")]
    [InlineData("""["Ping"]""", "object")]
    [InlineData("""[{"Ping":{}}]""", "Id")]
    [InlineData("""[{"Ping":{"Id":-1}}]""", "Id")]
    [InlineData("""[{"Ping":{"Id":"7"}}]""", "Id")]
    [InlineData("""[{"Ping":{"Id":4294967296}}]""", "Id")]
    [InlineData("""[{"Ping":5}]""", "Ping")]
    [InlineData("""[{}]""", "one key")]
    [InlineData("""[{"Ping":{"Id":0}}]""", "reserved")]
    public async Task Unreadable_messages_get_an_Error_with_Id_0_and_the_session_goes_on(string frame, string mentions)
    {
        var (client, _) = await server.ConnectAsync(3);
        await using (client)
        {
            await client.SendAsync(frame);
            AssertError(await client.ReceiveAsync(), 0, 3, mentions);
            Assert.True((await client.RequestAsync("""[{"Ping":{"Id":9}}]""", 9)).ContainsKey("Ok"));
        }
    }

    [Fact]
    public async Task A_message_with_two_keys_keeps_its_Id()
    {
        var (client, _) = await server.ConnectAsync(3);
        await using (client)
        {
            await client.SendAsync("""[{"Ping":{"Id":12},"Pong":{"Id":12}}]""");
            AssertError(await client.ReceiveAsync(), 12, 3, "one key");
        }
    }

    [Theory]
    [InlineData(4, """{"Frobnicate":{"Id":21}}""", 21u, "Frobnicate")]
    [InlineData(4, """{"OutputCmd":{"Id":22,"DeviceIndex":"0","FeatureIndex":0,"Command":{"Vibrate":{"Value":1}}}}""", 22u, "DeviceIndex")]
    [InlineData(4, """{"OutputCmd":{"Id":23,"DeviceIndex":-1,"FeatureIndex":0,"Command":{"Vibrate":{"Value":1}}}}""", 23u, "DeviceIndex")]
    [InlineData(4, """{"OutputCmd":{"Id":24,"DeviceIndex":0,"Command":{"Vibrate":{"Value":1}}}}""", 24u, "FeatureIndex")]
    [InlineData(4, """{"InputCmd":{"Id":25,"DeviceIndex":0,"FeatureIndex":0,"Type":5,"Command":"Read"}}""", 25u, "Type")]
    [InlineData(4, """{"StopCmd":{"Id":26,"Outputs":"yes"}}""", 26u, "Outputs")]
    [InlineData(4, """{"VibrateCmd":{"Id":27,"DeviceIndex":0,"Speeds":[]}}""", 27u, "VibrateCmd")]
    [InlineData(3, """{"ScalarCmd":{"Id":28,"DeviceIndex":0,"Scalars":"all"}}""", 28u, "Scalars")]
    [InlineData(3, """{"OutputCmd":{"Id":29,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":1}}}}""", 29u, "version 3")]
    [InlineData(0, """{"RequestServerInfo":{"Id":30,"ClientName":"again"}}""", 30u, "handshake")]
    public async Task Bad_messages_with_an_Id_are_answered_with_that_Id(int version, string message, uint id, string mentions)
    {
        var (client, _) = await server.ConnectAsync(version);
        await using (client)
        {
            var reply = await client.RequestAsync($"[{message}]", id);
            var code = message.Contains("RequestServerInfo", StringComparison.Ordinal) ? 1 : 3;
            AssertError(reply, id, code, mentions);
        }
    }

    [Fact]
    public async Task One_bad_message_in_a_frame_does_not_lose_the_others()
    {
        var s = await server.OpenAsync(4, "TST-err-frame");
        await using (s)
        {
            await s.Client.SendAsync(
                """[{"Ping":{"Id":41}},{"Nonsense":{"Id":42}},5,{"OutputCmd":{"Id":43,"DeviceIndex":@0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":99}}}},{"OutputCmd":{"Id":44,"DeviceIndex":@0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":3}}}},{"Ping":{"Id":45}}]""".F(s.Index));
            var replies = new List<System.Text.Json.Nodes.JsonObject>();
            for (var i = 0; i < 6; i++)
                replies.Add(await s.Client.ReceiveAsync());
            Assert.Equal("""{"Ok":{"Id":41}}""", replies[0].ToJsonString());
            AssertError(replies[1], 42, 3, "Nonsense");
            AssertError(replies[2], 0, 3);
            AssertError(replies[3], 43, 4, "99");
            Assert.Equal("""{"Ok":{"Id":44}}""", replies[4].ToJsonString());
            Assert.Equal("""{"Ok":{"Id":45}}""", replies[5].ToJsonString());
            await s.Device.ExpectWritesAsync("F0:Vibrate:3;");
        }
    }

    [Fact]
    public async Task Several_arrays_in_one_frame_are_all_handled()
    {
        var (client, _) = await server.ConnectAsync(4);
        await using (client)
        {
            await client.SendAsync("""[{"Ping":{"Id":51}}][{"Ping":{"Id":52}}]""");
            var ids = new List<uint>();
            while (ids.Count < 2)
            {
                var m = await client.ReceiveAsync();
                if (m.ContainsKey("Ok"))
                    ids.Add(m["Ok"]!["Id"]!.GetValue<uint>());
            }
            Assert.Equal([51u, 52u], ids);
        }
    }

    [Fact]
    public async Task Messages_before_the_handshake_are_init_errors_with_their_Id()
    {
        await using var client = await ConnectWithoutHandshakeAsync();
        AssertError(await client.RequestAsync("""[{"StartScanning":{"Id":61}}]""", 61), 61, 1, "RequestServerInfo");
        AssertError(await client.RequestAsync("""[{"RequestServerInfo":{"Id":62}}]""", 62), 62, 1, "ClientName");
        AssertError(await client.RequestAsync("""[{"RequestServerInfo":{"Id":63,"ClientName":"x","MessageVersion":"3"}}]""", 63), 63, 3, "MessageVersion");
        var info = await client.RequestAsync("""[{"RequestServerInfo":{"Id":64,"ClientName":"x","MessageVersion":3}}]""", 64);
        Assert.True(info.ContainsKey("ServerInfo"));
    }

    private async Task<RawClient> ConnectWithoutHandshakeAsync()
    {
        // The previous test's connection may still be closing: the server then refuses with an Init error.
        for (var attempt = 0; ; attempt++)
        {
            RawClient? client = null;
            try
            {
                client = await RawClient.ConnectAsync(server.Host.Url);
                var probe = await client.RequestAsync("""[{"Ping":{"Id":60}}]""", 60);
                if (probe["Error"]?["ErrorMessage"]?.GetValue<string>().Contains("RequestServerInfo", StringComparison.Ordinal) == true || attempt > 50)
                    return client;
            }
            catch (System.Net.WebSockets.WebSocketException) when (attempt < 50)
            {
            }
            if (client is not null)
                await client.DisposeAsync();
            await Task.Delay(50);
        }
    }
}
