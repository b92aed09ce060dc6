using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Lelo.Tests;

public class LeloF1sTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, withResponse: false);

    private static OutputCommand Vibrate(int index, int value) => new(index, OutputType.Vibrate, value);

    [Fact]
    public async Task The_other_motor_keeps_its_speed()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new LeloF1sProtocol(), MemoryHardware.Create("F1s", Endpoints.Tx, Endpoints.Rx));
        await device.SendAsync(Vibrate(1, 100));
        Assert.Equal([Tx(0x01, 0x0a, 0x64)], await device.SendAsync(Vibrate(0, 10)));
    }

    [Fact]
    public async Task Bad_output_is_rejected_and_changes_nothing()
    {
        var device = await ProtocolTestDevice.ConnectAsync(new LeloF1sProtocol(), MemoryHardware.Create("F1s", Endpoints.Tx, Endpoints.Rx));
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([Vibrate(0, 10), new OutputCommand(0, OutputType.Rotate, 3)]));
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([Vibrate(2, 10)]));
        Assert.Equal([Tx(0x01, 0x00, 0x05)], await device.SendAsync(Vibrate(1, 5)));
    }
}
