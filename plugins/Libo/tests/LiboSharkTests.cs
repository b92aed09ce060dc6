using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Libo.Tests;

public class LiboSharkTests
{
    private static HardwareCommand Tx(byte value) => HardwareCommand.Write(Endpoints.Tx, [value]);
    private static OutputCommand Vibrate(int index, int value) => new(index, OutputType.Vibrate, value);

    private static Task<ProtocolTestDevice> ConnectAsync() => ProtocolTestDevice.ConnectAsync(new LiboSharkProtocol(), "ShaYu");

    [Fact]
    public async Task Both_vibrators_share_one_byte()
    {
        await using var device = await ConnectAsync();
        Assert.Equal("Libo Shark", device.Model.Name);
        Assert.Empty(device.RecordedWrites());
        Assert.Equal([Tx(0x20)], await device.SendAsync(Vibrate(0, 2)));
        Assert.Equal([Tx(0x23)], await device.SendAsync(Vibrate(1, 3)));
        Assert.Equal([Tx(0x03)], await device.SendAsync(Vibrate(0, 0)));
        Assert.Equal([Tx(0x31)], device.Translate(Vibrate(0, 3), Vibrate(1, 1)));
    }

    [Fact]
    public async Task Stop_is_one_byte_unless_both_are_at_rest()
    {
        await using var device = await ConnectAsync();
        Assert.Equal([Tx(0x00)], device.Handler.HandleStop());
        Assert.Empty(device.Handler.HandleStop());
        device.Translate(Vibrate(1, 2));
        Assert.Equal([Tx(0x00)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Unsupported_outputs_are_protocol_errors_and_change_nothing()
    {
        await using var device = await ConnectAsync();
        device.Translate(Vibrate(0, 1));
        Assert.Throws<ProtocolException>(() => device.Translate(Vibrate(1, 3), Vibrate(2, 1)));
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Oscillate, 1)));
        Assert.Equal([Tx(0x11)], device.Translate(Vibrate(1, 1)));
    }

    [Fact]
    public void One_model_two_vibrators_of_0_to_3()
    {
        var definition = new LiboSharkProtocol().Definition;
        Assert.Empty(definition.Configurations);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(["ShaYu"], btle.Names);
        var service = btle.Services[Guid.Parse("00006000-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("00006001-0000-1000-8000-00805f9b34fb"), service["tx"]);
        var model = definition.Resolve("ShaYu");
        Assert.Equal("Libo Shark", model.Name);
        Assert.Equal([new ValueRange(0, 3), new ValueRange(0, 3)], model.Features.Select(f => f.Output![OutputType.Vibrate].Value));
    }
}
