using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Protocol;

/// <summary>The handshake of every message version, against the real server.</summary>
public sealed class HandshakeTests : IAsyncLifetime
{
    private HostProcess _host = null!;

    public async Task InitializeAsync() => _host = await HostProcess.StartAsync("--server-name", "Test Server");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(0, """{"Id":1,"MajorVersion":0,"MinorVersion":0,"BuildVersion":0,"MessageVersion":0,"MaxPingTime":0,"ServerName":"Test Server"}""")]
    [InlineData(1, """{"Id":1,"MajorVersion":0,"MinorVersion":0,"BuildVersion":0,"MessageVersion":1,"MaxPingTime":0,"ServerName":"Test Server"}""")]
    [InlineData(2, """{"Id":1,"MessageVersion":2,"MaxPingTime":0,"ServerName":"Test Server"}""")]
    [InlineData(3, """{"Id":1,"MessageVersion":3,"MaxPingTime":0,"ServerName":"Test Server"}""")]
    [InlineData(4, """{"Id":1,"ProtocolVersionMajor":4,"ProtocolVersionMinor":0,"MaxPingTime":0,"ServerName":"Test Server"}""")]
    public async Task ServerInfo_has_the_shape_of_the_client_version(int version, string expected)
    {
        await using var client = await RawClient.ConnectAsync(_host.Url);
        var info = await client.HandshakeAsync(version);
        Assert.Equal(expected, info.ToJsonString());
    }

    [Fact]
    public async Task A_v4_client_gets_the_device_list_right_after_the_handshake()
    {
        await using var client = await RawClient.ConnectAsync(_host.Url);
        await client.HandshakeAsync(4);
        var list = await client.ReceiveAsync("DeviceList");
        Assert.Equal("""{"Id":0,"Devices":{}}""", list.ToJsonString());
    }

    [Fact]
    public async Task A_message_before_the_handshake_is_an_init_error()
    {
        await using var client = await RawClient.ConnectAsync(_host.Url);
        var reply = await client.RequestAsync("""[{"RequestDeviceList":{"Id":7}}]""", 7);
        Assert.Equal(1, reply["Error"]!["ErrorCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_client_newer_than_the_server_gets_an_init_error_and_is_disconnected()
    {
        await using var client = await RawClient.ConnectAsync(_host.Url);
        var reply = await client.RequestAsync("""[{"RequestServerInfo":{"Id":1,"ClientName":"future","ProtocolVersionMajor":5,"ProtocolVersionMinor":0}}]""", 1);
        Assert.Equal(1, reply["Error"]!["ErrorCode"]!.GetValue<int>());
        Assert.True(await client.WaitForCloseAsync());
    }

    [Fact]
    public async Task A_second_handshake_is_an_init_error_and_the_session_goes_on()
    {
        await using var client = await RawClient.ConnectAsync(_host.Url);
        await client.HandshakeAsync(3);
        var again = await client.RequestAsync("""[{"RequestServerInfo":{"Id":2,"ClientName":"again","MessageVersion":3}}]""", 2);
        Assert.Equal(1, again["Error"]!["ErrorCode"]!.GetValue<int>());
        var ping = await client.RequestAsync("""[{"Ping":{"Id":3}}]""", 3);
        Assert.True(ping.ContainsKey("Ok"));
    }
}
