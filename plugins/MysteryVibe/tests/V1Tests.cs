using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.MysteryVibe.Tests;

/// <summary>mysteryvibe (v1): its models, its mode command, the shared packet and keep-alive.</summary>
public class V1Tests
{
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(93);

    private static HardwareCommand Vibe(params byte[] data) => HardwareCommand.Write(Endpoints.TxVibrate, data);

    private static HardwareCommand Mode() => HardwareCommand.Write(Endpoints.TxMode, [0x43, 0x02, 0x00], withResponse: true);

    [Theory]
    [InlineData("MV Crescendo", "MysteryVibe Crescendo", 6)]
    [InlineData("MV Tenuto   ", "MysteryVibe Tenuto", 6)]
    [InlineData("MV Poco     ", "MysteryVibe Poco", 2)]
    public async Task Every_model_sets_its_mode_then_stops_every_motor(string name, string model, int motors)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MysteryVibeProtocol(new FakeTimeProvider()), name);
        Assert.True(device.Model.IsKnownModel);
        Assert.Equal(model, device.Model.Name);
        Assert.All(device.Model.Features, f => Assert.Equal(new ValueRange(0, 56), f.Output![OutputType.Vibrate].Value));
        Assert.Equal([Mode(), Vibe(new byte[motors])], device.RecordedWrites());
    }

    [Fact]
    public async Task Every_packet_carries_every_motor()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new MysteryVibeProtocol(new FakeTimeProvider()), "MV Poco     ");
        Assert.Equal([Vibe(0x00, 0x38)], await device.SendAsync(new OutputCommand(1, OutputType.Vibrate, 56)));
        Assert.Equal([Vibe(0x1C, 0x38)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 28)));
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(2, OutputType.Vibrate, 1)));
        Assert.Equal([Vibe(0x00, 0x00)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task The_last_packet_is_repeated_every_93_ms()
    {
        var clock = new FakeTimeProvider();
        await using var device = await ProtocolTestDevice.ConnectAsync(new MysteryVibeProtocol(clock), "MV Poco     ");
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 10));
        clock.Advance(Gap - TimeSpan.FromMilliseconds(1));
        Assert.Equal([Vibe(0x0A, 0x00)], device.RecordedWrites());
        clock.Advance(TimeSpan.FromMilliseconds(1));
        clock.Advance(Gap);
        Assert.Equal([Vibe(0x0A, 0x00), Vibe(0x0A, 0x00), Vibe(0x0A, 0x00)], device.RecordedWrites());
        await device.StopAsync();
        clock.Advance(Gap);
        Assert.Equal([Vibe(0x00, 0x00), Vibe(0x00, 0x00)], device.RecordedWrites());
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var definition = new MysteryVibeProtocol().Definition;
        Assert.Equal(3, definition.Configurations.Count);
        var btle = definition.Communication.Single().Btle!;
        // The padded names are as the toys advertise them.
        Assert.Equal(["MV Crescendo", "MV Tenuto   ", "MV Poco     "], btle.Names);
        var service = btle.Services[Guid.Parse("f0006900-110c-478b-b74b-6f403b364a9c")];
        Assert.Equal(Guid.Parse("f0006901-110c-478b-b74b-6f403b364a9c"), service["txmode"]);
        Assert.Equal(Guid.Parse("f0006903-110c-478b-b74b-6f403b364a9c"), service["txvibrate"]);
        Assert.Equal("Mysteryvibe Device", definition.Resolve("MV Other").Name);
        Assert.Equal(6, definition.Resolve("MV Other").Features.Count);
        Assert.Equal(Gap, MysteryVibeProtocol.KeepAliveInterval);
    }
}
