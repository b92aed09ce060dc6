using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Fredorch.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_stroker_takes_positions_0_to_15_with_a_duration()
    {
        var model = new FredorchProtocol().Definition.Resolve("YXlinksSPP");
        Assert.Equal("Fredorch Device", model.Name);
        var output = Assert.Single(model.Features).Output![OutputType.HwPositionWithDuration];
        Assert.Equal(new ValueRange(0, 15), output.Value);
        Assert.Equal(new ValueRange(0, 100000), output.Duration);
    }

    [Fact]
    public void The_rotary_machine_oscillates_at_speeds_0_to_20()
    {
        var model = new FredorchRotaryProtocol().Definition.Resolve("M1_0042");
        Assert.Equal("Fredorch Rotary Device", model.Name);
        Assert.Equal(new ValueRange(0, 20), Assert.Single(model.Features).Output![OutputType.Oscillate].Value);
    }

    [Fact]
    public void Names_and_gatt_maps()
    {
        var stroker = new FredorchProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["YXlinksSPP"], stroker.Names);
        var service = stroker.Services[Guid.Parse("0000ffb0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ffb1-0000-1000-8000-00805f9b34fb"), service["tx"]);
        Assert.Equal(Guid.Parse("0000ffb2-0000-1000-8000-00805f9b34fb"), service["rx"]);

        var rotary = new FredorchRotaryProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["M1_*"], rotary.Names);
        service = rotary.Services[Guid.Parse("0000ae10-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ae01-0000-1000-8000-00805f9b34fb"), service["tx"]);
        Assert.Equal(Guid.Parse("0000ae02-0000-1000-8000-00805f9b34fb"), service["rx"]);
    }
}
