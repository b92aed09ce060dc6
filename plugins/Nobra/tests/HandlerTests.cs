using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Nobra.Tests;

public class HandlerTests
{
    private static HardwareCommand Byte(byte value) => HardwareCommand.Write(Endpoints.Tx, [value]);

    [Fact]
    public async Task Start_up_switches_the_toy_off()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new NobraProtocol(), "NobraControl 1");
        Assert.Equal([Byte(0x70)], device.RecordedWrites());
    }

    [Fact]
    public async Task A_serial_port_gets_the_same_start_up()
    {
        // A serial port's identity is its path, and it has tx and rx.
        await using var device = await ProtocolTestDevice.ConnectAsync(new NobraProtocol(), "/dev/ttyUSB0", endpoints: [Endpoints.Tx, Endpoints.Rx]);
        Assert.Equal("Nobra's Silicone Dreams Toy", device.Model.Name);
        Assert.Equal([Byte(0x70)], device.RecordedWrites());
    }

    [Theory]
    [InlineData(1, 0x61)]
    [InlineData(8, 0x68)]
    [InlineData(15, 0x6F)]
    public async Task Speed_is_60_plus_the_speed(int speed, int expected)
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new NobraProtocol(), "NobraControl 1");
        Assert.Equal([Byte((byte)expected)], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, speed)));
        Assert.Equal([Byte((byte)expected)], device.RecordedWrites());
    }

    [Fact]
    public async Task Stop_is_70()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new NobraProtocol(), "NobraControl 1");
        await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 9));
        Assert.Equal([Byte(0x70)], await device.StopAsync());
    }

    [Fact]
    public async Task Other_outputs_are_protocol_errors()
    {
        await using var device = await ProtocolTestDevice.ConnectAsync(new NobraProtocol(), "NobraControl 1");
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }
}
