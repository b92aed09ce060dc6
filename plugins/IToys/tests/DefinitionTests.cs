using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.IToys.Tests;

public class DefinitionTests
{
    private static readonly IToysProtocol Protocol = new();

    [Fact]
    public void Seagull_vibrates_in_3_steps()
    {
        var model = Protocol.Definition.Resolve("26-021-B");
        Assert.Equal("iToys Seagull", model.Name);
        Assert.Equal(new ValueRange(0, 3), Assert.Single(model.Features).Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Twinkling_Stars_vibrates_and_oscillates()
    {
        var model = Protocol.Definition.Resolve("SML-2310-SZ-B");
        Assert.Equal("iToys Twinkling Stars", model.Name);
        Assert.Equal(2, model.Features.Count);
        Assert.Equal(new ValueRange(0, 3), model.Features[0].Output![OutputType.Vibrate].Value);
        Assert.Equal(new ValueRange(0, 255), model.Features[1].Output![OutputType.Oscillate].Value);
    }

    [Fact]
    public void Defyeah_sex_machine_oscillates()
    {
        var model = Protocol.Definition.Resolve("ASF-001-BT-R");
        Assert.Equal("Defyeah Horizontal Sex Machine ASFO16", model.Name);
        Assert.Equal(new ValueRange(0, 255), Assert.Single(model.Features).Output![OutputType.Oscillate].Value);
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var btle = Protocol.Definition.Communication.Single().Btle!;
        Assert.Equal(["26-021-B", "ASF-001-BT-R", "SML-2310-SZ-B"], btle.Names.Order(StringComparer.Ordinal));
        var service = btle.Services[Guid.Parse("0000ffa0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000ffa1-0000-1000-8000-00805f9b34fb"), service["tx"]);
    }
}
