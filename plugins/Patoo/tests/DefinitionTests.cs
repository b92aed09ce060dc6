using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Patoo.Tests;

public class DefinitionTests
{
    [Theory]
    [InlineData("PTVEA", "Patoo Carrot", 1)]
    [InlineData("PCS", "Patoo Vibrator", 1)]
    [InlineData("PHT", "Patoo Bean Sprout", 1)]
    [InlineData("PBT", "Patoo Devil", 2)]
    public void Every_model_resolves(string identifier, string name, int vibrators)
    {
        var model = new PatooProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(vibrators, model.Features.Count);
        Assert.All(model.Features, f => Assert.Equal(new ValueRange(0, 100), f.Output![OutputType.Vibrate].Value));
    }

    [Theory]
    [InlineData("PTVEA2", "PTVEA")]
    [InlineData("PBT0412", "PBT")]
    [InlineData("PCS", "PCS")]
    [InlineData("PHT1A", "PHT")]
    [InlineData("", "")]
    public void The_model_is_the_name_up_to_its_first_digit(string name, string identifier) =>
        Assert.Equal(identifier, PatooProtocol.ModelLetters(name));

    [Fact]
    public async Task Identification_uses_the_model_letters()
    {
        var hardware = MemoryHardware.Create("PBT17", Endpoints.Tx, Endpoints.TxMode);
        Assert.Equal("PBT", await new PatooProtocol().IdentifyAsync(hardware, CancellationToken.None));
    }

    [Fact]
    public void Names_and_gatt_map()
    {
        var btle = new PatooProtocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["PBT*", "PCS*", "PHT*", "PTVEA*"], btle.Names.Order());
        var service = btle.Services[Guid.Parse("f000aa64-0451-4000-b000-000000000000")];
        Assert.Equal(Guid.Parse("f000aa68-0451-4000-b000-000000000000"), service["tx"]);
        Assert.Equal(Guid.Parse("f000aa65-0451-4000-b000-000000000000"), service["txmode"]);
    }
}
