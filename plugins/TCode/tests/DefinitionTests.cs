using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.TCode.Tests;

public class DefinitionTests
{
    [Fact]
    public void Embedded_definition_is_the_reference_single_axis_model()
    {
        var protocol = new TCodeProtocol();
        Assert.Equal("tcode-v03", protocol.Name);

        var model = protocol.Definition.Resolve("/dev/ttyUSB0");
        Assert.False(model.IsKnownModel);
        Assert.Equal("TCode v0.3 (Single Linear Axis)", model.Name);
        Assert.Equal(20u, model.MessageGapMs);
        var feature = Assert.Single(model.Features);
        Assert.Equal(0, feature.Index);
        Assert.Equal(new ValueRange(0, 1000), feature.Output![OutputType.Position].Value);
        Assert.Equal(new ValueRange(0, 1000), feature.Output[OutputType.HwPositionWithDuration].Value);
        Assert.Equal(new ValueRange(0, 100000), feature.Output[OutputType.HwPositionWithDuration].Duration);
    }

    [Fact]
    public void Communication_is_a_user_assigned_serial_port_at_115200_8N1()
    {
        var serial = Assert.Single(new TCodeProtocol().Definition.Communication).Serial;
        Assert.NotNull(serial);
        Assert.Equal("default", serial.Port);
        Assert.Equal(115200, serial.BaudRate);
        Assert.Equal(8, serial.DataBits);
        Assert.Equal("N", serial.Parity);
        Assert.Equal(1, serial.StopBits);
    }

    [Fact]
    public async Task Devices_identify_by_name_and_fall_back_to_the_default_model()
    {
        var hardware = ButtplugHost.Sdk.Testing.MemoryHardware.Create("/dev/ttyACM0");
        var identifier = await new TCodeProtocol().IdentifyAsync(hardware, CancellationToken.None);
        Assert.Equal("/dev/ttyACM0", identifier);
        Assert.Equal("TCode v0.3 (Single Linear Axis)", new TCodeProtocol().Definition.Resolve(identifier).Name);
    }
}
