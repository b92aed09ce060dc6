using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.TheHandy.Tests;

public class DefinitionTests
{
    [Fact]
    public void Devices_json_parses_with_both_protocols()
    {
        var protocols = DefinitionFile.LoadEmbedded(typeof(TheHandyPlugin).Assembly);
        Assert.Equal(["thehandy", "thehandy-v3"], protocols.Select(p => p.Name).Order());
    }

    [Fact]
    public void Firmware_3_handy_moves_with_duration()
    {
        var definition = new TheHandyProtocol().Definition;
        var model = definition.Resolve("The Handy");
        Assert.Equal("The Handy", model.Name);
        Assert.Equal(50u, model.MessageGapMs);
        var output = model.Features.Single().Output![OutputType.HwPositionWithDuration];
        Assert.Equal(new ValueRange(0, 100), output.Value);
        Assert.Equal(new ValueRange(0, 100000), output.Duration);
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(["The Handy"], btle.Names);
        var map = btle.Services[Guid.Parse("1775244d-6b43-439b-877c-060f2d9bed07")];
        Assert.Equal(Guid.Parse("1775ff51-6b43-439b-877c-060f2d9bed07"), map["firmware"]);
        Assert.Equal(Guid.Parse("1775ff55-6b43-439b-877c-060f2d9bed07"), map["tx"]);
    }

    [Theory]
    [InlineData("hw4", "The Handy 2 Pro", OutputType.HwPositionWithDuration)]
    [InlineData("hw3", "The Handy 2 Standard", OutputType.HwPositionWithDuration)]
    [InlineData("hw1", "The Oh!", OutputType.Vibrate)]
    public void Every_firmware_4_model_resolves(string identifier, string name, OutputType output)
    {
        var model = new TheHandyV3Protocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(50u, model.MessageGapMs);
        Assert.Equal(new ValueRange(0, 100), model.Features.Single().Output![output].Value);
    }

    [Fact]
    public void Unknown_firmware_4_hardware_gets_the_stroker_defaults()
    {
        var model = new TheHandyV3Protocol().Definition.Resolve("unknown");
        Assert.False(model.IsKnownModel);
        Assert.Equal("The Handy (FW4+)", model.Name);
        Assert.True(model.Features.Single().Output!.ContainsKey(OutputType.HwPositionWithDuration));
    }

    [Fact]
    public void Firmware_4_gatt_map_and_names()
    {
        var btle = new TheHandyV3Protocol().Definition.Communication.Single().Btle!;
        Assert.Equal(["OHD_hw0_*", "OHD_hw1_*", "OHD_hw2_*", "OHD_hw3_*", "OHD_hw4_*"], btle.Names);
        var map = btle.Services[Guid.Parse("77834d26-40f7-11ee-be56-0242ac120002")];
        Assert.Equal(Guid.Parse("77835032-40f7-11ee-be56-0242ac120002"), map["tx"]);
        Assert.Equal(Guid.Parse("77835410-40f7-11ee-be56-0242ac120002"), map["rx"]);
    }
}
