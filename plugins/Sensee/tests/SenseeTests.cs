using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Sensee.Tests;

/// <summary>sensee (v1) frames byte-exact. The reference's case is scenarios/diandou-rabbit.json.</summary>
public class SenseeTests
{
    private static HardwareCommand Tx(byte speed) => HardwareCommand.Write(Endpoints.Tx, [0x55, 0xAA, 0xF0, 0x01, 0x01, 0x0B, 0x65, 0xF7, 0x01, 0x01, speed]);

    private static Task<ProtocolTestDevice> ConnectAsync(string name = "CTY222S4") => ProtocolTestDevice.ConnectAsync(new SenseeProtocol(), name);

    [Fact]
    public async Task The_speed_is_the_last_byte_of_a_fixed_frame()
    {
        await using var device = await ConnectAsync();
        Assert.Equal("Sensee Diandou Rabbit", device.Model.Name);
        Assert.Empty(device.RecordedWrites());
        Assert.Equal([Tx(0x64)], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 100)));
        Assert.Equal([Tx(0x01)], await device.SendAsync(new OutputCommand(0, OutputType.Vibrate, 1)));
        Assert.Equal([Tx(0x00)], await device.StopAsync());
        Assert.Empty(device.Handler.HandleStop());
    }

    [Fact]
    public async Task A_stop_before_any_command_stops_the_vibrator()
    {
        await using var device = await ConnectAsync();
        Assert.Equal([Tx(0x00)], device.Handler.HandleStop());
    }

    [Fact]
    public async Task Unsupported_outputs_are_protocol_errors()
    {
        await using var device = await ConnectAsync();
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Constrict, 1)));
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(1, OutputType.Vibrate, 1)));
    }

    [Fact]
    public void One_model_on_tx_of_service_fff0()
    {
        var definition = new SenseeProtocol().Definition;
        Assert.Empty(definition.Configurations);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(["CTY222S4"], btle.Names);
        var service = btle.Services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000fff5-0000-1000-8000-00805f9b34fb"), Assert.Single(service, e => e.Key == "tx").Value);
        Assert.Single(service);
        var model = definition.Resolve("CTY222S4");
        Assert.Equal(new ValueRange(0, 100), model.Features.Single().Output![OutputType.Vibrate].Value);
    }
}
