using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Kizuna.Tests;

public class DefinitionTests
{
    [Fact]
    public void One_rotator_0_to_9_on_a_19200_baud_serial_port()
    {
        var definition = new KizunaProtocol().Definition;
        var model = definition.Resolve(null);
        Assert.Equal("Kizuna Smart", model.Name);
        var (type, output) = Assert.Single(Assert.Single(model.Features).Output!);
        Assert.Equal(OutputType.Rotate, type);
        Assert.Equal((0, 9), (output.Value.Min, output.Value.Max));
        var serial = Assert.Single(definition.Communication).Serial!;
        Assert.Equal(("default", 19200, 8, "N", 1), (serial.Port, serial.BaudRate, serial.DataBits, serial.Parity, serial.StopBits));
        Assert.Empty(definition.Configurations);
    }
}
