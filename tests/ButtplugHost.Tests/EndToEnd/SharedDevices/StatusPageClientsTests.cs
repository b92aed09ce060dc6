using System.Text.Json.Nodes;
using ButtplugHost.Tests.Dashboard;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.EndToEnd.SharedDevices;

/// <summary>The status page's JSON lists every connected client and the outputs each one drives now.</summary>
public sealed class StatusPageClientsTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task The_status_lists_both_clients_and_moves_an_output_to_the_client_that_wrote_it_last()
    {
        await using var server = await StatusServer.StartAsync(null, "--max-clients", "2");
        await using var game = await RawClient.ConnectAsync(server.Host.Url);
        Assert.True((await game.RequestAsync("""[{"RequestServerInfo":{"Id":1,"ClientName":"game","MessageVersion":3}}]""", 1, 15_000)).ContainsKey("ServerInfo"));
        await game.RequestAsync("""[{"StartScanning":{"Id":2}}]""", 2);
        Assert.Equal(0, (await game.ReceiveAsync("DeviceAdded", 15_000))["DeviceIndex"]!.GetValue<int>());
        await using var video = await RawClient.ConnectAsync(server.Host.Url);
        Assert.True((await video.RequestAsync("""[{"RequestServerInfo":{"Id":1,"ClientName":"video","ProtocolVersionMajor":4,"ProtocolVersionMinor":0}}]""", 1, 15_000)).ContainsKey("ServerInfo"));

        Assert.True((await game.RequestAsync("""[{"ScalarCmd":{"Id":3,"DeviceIndex":0,"Scalars":[{"Index":0,"Scalar":0.5,"ActuatorType":"Vibrate"}]}}]""", 3)).ContainsKey("Ok"));
        var status = await StatusWhenAsync(server, s => Drives(s, "game").Count == 1);
        Assert.Equal("""{"device":0,"deviceName":"Lovense Hush","feature":0,"type":"Vibrate"}""", Drives(status, "game")[0]!.ToJsonString());
        Assert.Empty(Drives(status, "video"));
        Assert.Equal(3, Client(status, "game")["specVersion"]!.GetValue<int>());
        Assert.Equal(4, Client(status, "video")["specVersion"]!.GetValue<int>());

        Assert.True((await video.RequestAsync("""[{"OutputCmd":{"Id":2,"DeviceIndex":0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":15}}}}]""", 2)).ContainsKey("Ok"));
        status = await StatusWhenAsync(server, s => Drives(s, "video").Count == 1 && Drives(s, "game").Count == 0);
        Assert.Equal(2, status["clients"]!.AsArray().Count);
    }

    private static JsonObject Client(JsonObject status, string name) =>
        status["clients"]!.AsArray().Single(c => (string?)c!["name"] == name)!.AsObject();

    private static JsonArray Drives(JsonObject status, string name) =>
        status["clients"]!.AsArray().FirstOrDefault(c => (string?)c!["name"] == name)?["drives"]?.AsArray() ?? [];

    private static async Task<JsonObject> StatusWhenAsync(StatusServer server, Func<JsonObject, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var status = JsonNode.Parse(await Http.GetStringAsync(server.PageUrl + "/api/status"))!.AsObject();
            if (done(status) || DateTime.UtcNow > until)
                return status;
            await Task.Delay(50);
        }
    }
}
