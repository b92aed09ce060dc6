using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using static ButtplugHost.Plugins.Galaku.Tests.Bytes;

namespace ButtplugHost.Plugins.Galaku.Tests;

public class HandlerTests
{
    private static HardwareCommand Tx(string hex) => HardwareCommand.Write(Endpoints.Tx, Hex(hex));

    private static Task<ProtocolTestDevice> Connect(string name) => ProtocolTestDevice.ConnectAsync(new GalakuProtocol(), name);

    [Fact]
    public async Task Single_motor_writes_without_response()
    {
        await using var device = await Connect("GX85");
        Assert.Equal([Tx("23 81 BB AB D2 EC 29 C3 BB A3 3B D2")], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 50)));
        Assert.Equal([Tx("23 81 BB AB D2 EC 29 C3 BB A3 3B D2")], device.RecordedWrites());
    }

    [Fact]
    public async Task Two_motors_share_one_packet_with_the_latest_speeds()
    {
        await using var device = await Connect("SN80");
        Assert.Equal([Tx("23 81 BB AB D2 7B 44 61 3B A3 3B E4")], device.Translate(new OutputCommand(0, OutputType.Vibrate, 50)));
        // Only motor 1 changes: motor 0 keeps 50.
        Assert.Equal([Tx("23 81 BB AB D2 7B 44 61 44 C3 3B 2F")], device.Translate(new OutputCommand(1, OutputType.Vibrate, 25)));
        // Both at once: one packet.
        Assert.Equal([Tx("23 81 BB AB D2 7B 44 97 97 A3 3B AA")],
            device.Translate(new OutputCommand(0, OutputType.Vibrate, 100), new OutputCommand(1, OutputType.Vibrate, 100)));
        Assert.Equal([Tx("23 81 BB AB D2 7B 44 33 BB A3 3B F2")], device.Handler.HandleStop());
    }

    [Theory]
    [InlineData("G317", OutputType.Oscillate, OutputType.Vibrate)]
    [InlineData("G339", OutputType.Vibrate, OutputType.Rotate)]
    [InlineData("TFG1", OutputType.Vibrate, OutputType.Constrict)]
    public async Task Every_output_kind_is_a_motor_speed(string name, OutputType first, OutputType second)
    {
        await using var device = await Connect(name);
        Assert.Equal([Tx("23 81 BB AB D2 7B 44 61 44 C3 3B 2F")],
            device.Translate(new OutputCommand(0, first, 50), new OutputCommand(1, second, 25)));
        Assert.Equal([Tx("23 81 BB AB D2 7B 44 33 BB A3 3B F2")], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Oscillate_on_a_single_motor_model_uses_the_single_motor_packet()
    {
        // The model's own output decides nothing: what counts is that it has one motor.
        await using var device = await Connect("GX21");
        Assert.Equal([Tx("23 81 BB AB D2 EC 57 23 BB A3 3B 44")], device.Translate(new OutputCommand(0, OutputType.Vibrate, 100)));
    }

    [Fact]
    public async Task The_pump_takes_plain_packets()
    {
        await using var device = await Connect(GalakuPackets.PumpName);
        Assert.Equal("Galaku Vision", device.Model.Name);
        Assert.Equal([Tx("AA 01 0A 03 32 01 00 00 00 00 00 00 00 00 00 00")], device.Translate(new OutputCommand(0, OutputType.Vibrate, 50)));
        Assert.Equal([Tx("AA 01 0A 03 00 00 00 00 00 00 00 00 00 00 00 00")], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Stop_sends_nothing_for_motors_already_at_rest()
    {
        await using var device = await Connect("SN80");
        Assert.Single(device.Handler.HandleStop());
        Assert.Empty(device.Handler.HandleStop());
        device.Translate(new OutputCommand(1, OutputType.Vibrate, 10));
        // Motor 1 goes to rest; the packet carries both, motor 0 already 0.
        Assert.Equal([Tx("23 81 BB AB D2 7B 44 33 BB A3 3B F2")], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Unknown_names_get_the_default_single_motor_model()
    {
        await using var device = await Connect("G999");
        Assert.False(device.Model.IsKnownModel);
        Assert.Equal("Galaku Device", device.Model.Name);
        Assert.Equal([Tx("23 81 BB AB D2 EC 57 23 BB A3 3B 44")], device.Translate(new OutputCommand(0, OutputType.Vibrate, 100)));
    }

    [Fact]
    public async Task Outputs_without_a_motor_are_protocol_errors()
    {
        await using var device = await Connect("SN80");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Led, 1)));
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(2, OutputType.Vibrate, 1)));
    }
}
