using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.NextLevelRacing.Tests;

public class DefinitionTests
{
    [Fact]
    public void Eight_motors_0_to_255_named_by_body_part_on_a_115200_baud_serial_port()
    {
        var definition = new NextLevelRacingProtocol().Definition;
        var model = definition.Resolve(null);
        Assert.Equal("Next Level Racing HF8 Haptic Gaming Pad", model.Name);
        Assert.Equal(
            ["Right thigh", "Left thigh", "Right buttock", "Left buttock", "Right back", "Left back", "Right shoulder", "Left shoulder"],
            model.Features.Select(f => f.Description));
        Assert.Equal(Enumerable.Range(0, 8), model.Features.Select(f => f.Index));
        Assert.All(model.Features, f =>
        {
            var (type, output) = Assert.Single(f.Output!);
            Assert.Equal(OutputType.Vibrate, type);
            Assert.Equal((0, 255), (output.Value.Min, output.Value.Max));
        });
        var serial = Assert.Single(definition.Communication).Serial!;
        Assert.Equal(("default", 115200, 8, "N", 1), (serial.Port, serial.BaudRate, serial.DataBits, serial.Parity, serial.StopBits));
    }
}
