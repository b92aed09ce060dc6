using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.FleshyThrust.Tests;

public class DefinitionTests
{
    [Fact]
    public void The_Sync_takes_positions_0_to_180_with_durations_up_to_100_s()
    {
        var model = new FleshyThrustProtocol().Definition.Resolve("BT05");
        Assert.Equal("Fleshy Thrust Sync", model.Name);
        var output = Assert.Single(model.Features).Output![OutputType.HwPositionWithDuration];
        Assert.Equal(new ValueRange(0, 180), output.Value);
        Assert.Equal(new ValueRange(0, 100000), output.Duration);
    }

    [Fact]
    public void Name_and_gatt_map()
    {
        var btle = new FleshyThrustProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["BT05"], btle.Names);
        var service = btle.Services[Guid.Parse("0000ffe0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ffe1-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
