using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Hismith.Tests;

public class LegacyHismithTests
{
    private static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    [Fact]
    public async Task Identification_reads_the_model_characteristic()
    {
        var device = await TestDevice.ConnectAsync(new HismithProtocol(), "HISMITH", 0x20, 0x01);
        Assert.Equal("2001", device.Device.Configuration.Identifier);
        Assert.Contains(device.Hardware.Operations, o => o.Kind == HardwareOperationKind.Read && o.Endpoint == Endpoints.RxBleModel);
    }

    [Theory]
    [InlineData(0x10, 0x01, "Hismith Sex Machine")]
    [InlineData(0x10, 0x02, "Hismith Pro Traveler")]
    [InlineData(0x10, 0x03, "Hismith Capsule")]
    public async Task Machines_oscillate_on_channel_four(byte hi, byte lo, string name)
    {
        var device = await TestDevice.ConnectAsync(new HismithProtocol(), "HISMITH", hi, lo);
        Assert.Equal(name, device.Device.Configuration.Name);
        Assert.Equal([Tx(0xAA, 0x04, 0x64, 0x68)], await device.SendAsync(new OutputCommand(0, OutputType.Oscillate, 100)));
        Assert.Equal([Tx(0xAA, 0x04, 0x00, 0x04)], await device.StopAsync());
    }

    [Fact]
    public async Task Unsupported_output_is_a_protocol_error()
    {
        var device = await TestDevice.ConnectAsync(new HismithProtocol(), "HISMITH", 0x10, 0x01);
        Assert.Throws<ProtocolException>(() => device.Handler.HandleOutputs([new OutputCommand(0, OutputType.Rotate, 5)]));
    }

    [Fact]
    public async Task A_failed_model_read_fails_identification()
    {
        var hardware = MemoryHardware.Create("HISMITH", Endpoints.Tx);
        await Assert.ThrowsAsync<HardwareException>(() => new HismithProtocol().IdentifyAsync(hardware, CancellationToken.None));
    }
}
