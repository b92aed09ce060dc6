using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Nintendo.Tests;

public class DefinitionTests
{
    [Fact]
    public void Joycon_left_right_and_pro_controller_are_matched_by_hid_ids()
    {
        var definition = new NintendoJoyconProtocol().Definition;
        var pairs = definition.Communication.Single().Hid!.Pairs.Select(p => (p.VendorId, p.ProductId)).ToList();
        Assert.Equal([(0x057e, 0x2007), (0x057e, 0x2006), (0x057e, 0x2009)], pairs);
    }

    [Fact]
    public void One_vibrator_from_0_to_1000()
    {
        var model = new NintendoJoyconProtocol().Definition.Resolve(null);
        Assert.Equal("Nintendo Joycon", model.Name);
        Assert.Equal(new ValueRange(0, 1000), model.Features.Single().Output![OutputType.Vibrate].Value);
    }

    [Fact]
    public void Plugin_registers_the_protocol_only()
    {
        var builder = new RecordingPluginBuilder();
        new NintendoPlugin().Configure(builder);
        Assert.Equal(["nintendo-joycon"], builder.Protocols.Select(p => p.Name));
        Assert.Empty(builder.Transports);
    }
}
