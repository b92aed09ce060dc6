using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Vorze.Tests;

public class CycloneXTests
{
    private static HardwareCommand Report(byte direction, byte speed) =>
        HardwareCommand.Write(Endpoints.Tx,
            [0x00, 0x3C, 0x30, 0x31, 0x35, 0x32, 0x30, direction, speed, 0x30, 0x30, 0x01, 0x02, 0x03, 0x68, 0x3E]);

    private static OutputCommand Rotate(int value) => new(0, OutputType.Rotate, value);

    [Fact]
    public async Task Rotation_speed_and_direction_are_ascii_digits()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new CycloneXProtocol(), "Cyclone X10");
        Assert.Equal("Vorze Cyclone X10 Device", device.Device.Configuration.Name);

        Assert.Equal([Report(0x30, 0x35)], await device.SendAsync(Rotate(5)));
        Assert.Equal([Report(0x30, 0x35)], device.RecordedWrites());
        Assert.Equal([Report(0x30, 0x3A)], await device.SendAsync(Rotate(10)));
        Assert.Equal([Report(0x31, 0x3A)], await device.SendAsync(Rotate(-10)));
        Assert.Equal([Report(0x31, 0x31)], await device.SendAsync(Rotate(-1)));
    }

    [Fact]
    public async Task Stop_sends_speed_zero_keeping_the_last_direction()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new CycloneXProtocol(), "Cyclone X10");
        Assert.Equal([Report(0x30, 0x30)], await device.StopAsync());
        await device.SendAsync(Rotate(-3));
        Assert.Equal([Report(0x31, 0x30)], await device.StopAsync());
        Assert.Equal([Report(0x31, 0x30)], device.RecordedWrites());
    }

    [Fact]
    public async Task Identify_uses_the_single_model()
    {
        var hardware = Sdk.Testing.MemoryHardware.Create("anything", Endpoints.Tx);
        Assert.Null(await new CycloneXProtocol().IdentifyAsync(hardware, CancellationToken.None));
    }

    [Fact]
    public async Task Other_outputs_are_rejected()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new CycloneXProtocol(), "Cyclone X10");
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Vibrate, 1)]));
    }
}
