using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.ServeU.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_ServeU_moves_to_positions_over_durations()
    {
        var model = new ServeUProtocol().Definition.Resolve("ServeU");
        Assert.Equal("ServeU", model.Name);
        var output = Assert.Single(model.Features).Output![OutputType.HwPositionWithDuration];
        Assert.Equal(new ValueRange(0, 100), output.Value);
        Assert.Equal(new ValueRange(0, 100000), output.Duration);
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new ServeUProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["ServeU"], btle.Names);
        var service = btle.Services[Guid.Parse("31bb1111-33e3-4f3c-a7fb-104288e7cb77")];
        Assert.Equal(Guid.Parse("31bb2222-33e3-4f3c-a7fb-104288e7cb77"), service["tx"]);
    }
}
