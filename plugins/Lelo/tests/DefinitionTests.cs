using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Lelo.Tests;

public class DefinitionTests
{
    [Fact]
    public void Devices_json_parses_with_three_protocols()
    {
        var protocols = DefinitionFile.LoadEmbedded(typeof(LeloPlugin).Assembly);
        Assert.Equal(["lelo-f1s", "lelo-f1sv2", "lelo-harmony"], protocols.Select(p => p.Name).Order());
    }

    [Fact]
    public void F1s_has_two_vibrators_and_its_gatt_map()
    {
        var definition = new LeloF1sProtocol().Definition;
        var model = definition.Resolve("F1s");
        Assert.Equal("Lelo F1s", model.Name);
        Assert.Equal(2, model.Features.Count);
        Assert.All(model.Features, f => Assert.Equal(new ValueRange(0, 100), f.Output![OutputType.Vibrate].Value));
        var btle = definition.Communication.Single().Btle!;
        Assert.Equal(["F1s"], btle.Names);
        var map = btle.Services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000fff1-0000-1000-8000-00805f9b34fb"), map["tx"]);
        Assert.Equal(Guid.Parse("00000aa4-0000-1000-8000-00805f9b34fb"), map["rx"]);
    }

    [Theory]
    [InlineData("F1SV2A", "Lelo F1s V2")]
    [InlineData("F1SV2X", "Lelo F1s V2")]
    [InlineData("F1SV3", "Lelo F1s V3")]
    [InlineData("F2", "Lelo F2S")]
    public void Every_f1sv2_model_resolves_with_two_vibrators(string identifier, string name)
    {
        var model = new LeloF1sV2Protocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal([0, 1], model.Features.Select(f => f.Index));
        Assert.All(model.Features, f => Assert.Equal(new ValueRange(0, 100), f.Output![OutputType.Vibrate].Value));
    }

    [Fact]
    public void F1sv2_gatt_map_has_both_security_characteristics()
    {
        var btle = new LeloF1sV2Protocol().Definition.Communication.Single().Btle!;
        var map = btle.Services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("00000a10-0000-1000-8000-00805f9b34fb"), map["whitelist"]);
        Assert.Equal(Guid.Parse("00000a11-0000-1000-8000-00805f9b34fb"), map["generic0"]);
        Assert.Equal(Guid.Parse("0000fff2-0000-1000-8000-00805f9b34fb"), map["txvibrate"]);
        Assert.Equal(5, map.Count);
    }

    [Theory]
    [InlineData("TianiHarmony", "Lelo Tiani Harmony", "vibrate,vibrate")]
    [InlineData("Tiani Harmony", "Lelo Tiani Harmony", "vibrate,vibrate")]
    [InlineData("IdaWave", "Lelo Ida Wave", "vibrate,rotate")]
    [InlineData("Ida Wave", "Lelo Ida Wave", "vibrate,rotate")]
    [InlineData("TOR3", "Lelo Tor 3", "vibrate")]
    [InlineData("Hugo2", "Lelo Hugo 2", "vibrate,vibrate")]
    [InlineData("DoubleSonic", "Lelo Enigma Double Sonic", "vibrate,rotate")]
    [InlineData("GIGI3", "Lelo Gigi 3", "vibrate")]
    [InlineData("LIV3", "Lelo Liv 3", "vibrate")]
    public void Every_harmony_model_resolves(string identifier, string name, string outputs)
    {
        var definition = new LeloHarmonyProtocol().Definition;
        var model = definition.Resolve(identifier);
        Assert.Equal(name, model.Name);
        Assert.Equal(outputs, string.Join(",", model.Features.Select(f => f.Output!.Keys.Single().ToString().ToLowerInvariant())));
        Assert.All(model.Features, f => Assert.Equal(new ValueRange(0, 100), f.Output!.Values.Single().Value));
        Assert.Contains(identifier, definition.Communication.Single().Btle!.Names);
    }

    [Fact]
    public void Harmony_gatt_map()
    {
        var map = new LeloHarmonyProtocol().Definition.Communication.Single().Btle!.Services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000fff1-0000-1000-8000-00805f9b34fb"), map["command"]);
        Assert.Equal(Guid.Parse("0000fff2-0000-1000-8000-00805f9b34fb"), map["tx"]);
        Assert.Equal(Guid.Parse("00000a11-0000-1000-8000-00805f9b34fb"), map["whitelist"]);
    }
}
