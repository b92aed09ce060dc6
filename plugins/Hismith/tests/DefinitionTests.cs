using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Hismith.Tests;

public class DefinitionTests
{
    [Fact]
    public void Devices_json_parses_with_both_protocols()
    {
        var protocols = DefinitionFile.LoadEmbedded(typeof(HismithPlugin).Assembly);
        Assert.Equal(["hismith", "hismith-mini"], protocols.Select(p => p.Name).Order());
    }

    [Theory]
    [InlineData("1001", "Hismith Sex Machine", 1)]
    [InlineData("1002", "Hismith Pro Traveler", 1)]
    [InlineData("1003", "Hismith Capsule", 1)]
    [InlineData("2001", "Hismith Thrusting Cup", 2)]
    [InlineData("1006", "Hismith G011", 2)]
    [InlineData("3001", "Wildolo Device", 1)]
    public void Every_legacy_model_resolves(string identifier, string name, int features)
    {
        var model = new HismithProtocol().Definition.Resolve(identifier);
        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(features, model.Features.Count);
        Assert.True(ModelIdentifier.IsLegacy(identifier));
    }

    [Theory]
    [InlineData("4001", "Auxfun Sex Machine", "oscillate")]
    [InlineData("1005", "Hismith Sex Machine", "oscillate")]
    [InlineData("1102", "Hismith Sex Machine", "oscillate")]
    [InlineData("1004", "Hismith Mini Sex Machine", "oscillate")]
    [InlineData("1101", "Hismith Servo Sex Machine", "oscillate")]
    [InlineData("1402", "Hismith Ukulele", "oscillate")]
    [InlineData("1501", "Kiiroo PleasureDrive", "oscillate")]
    [InlineData("2201", "Sinloli Automatic Sex Doll", "constrict,vibrate")]
    [InlineData("3101", "Eropair Rabbit Vibrator", "vibrate,vibrate")]
    [InlineData("3102", "Eropair Thrusting Vibrating Dildo", "oscillate,vibrate")]
    [InlineData("2101", "Eropair Cup", "constrict,vibrate")]
    [InlineData("2204", "Sinloli Cosima", "oscillate,constrict")]
    [InlineData("2202", "Sinloli Ethel", "oscillate,vibrate")]
    [InlineData("2205", "Sinloli Aston", "rotate")]
    [InlineData("4002", "Sinloli Piupiu", "spray")]
    public void Every_mini_model_resolves_in_both_protocols(string identifier, string name, string outputs)
    {
        foreach (var definition in new[] { new HismithMiniProtocol().Definition, new HismithProtocol().Definition })
        {
            var model = definition.Resolve(identifier);
            Assert.True(model.IsKnownModel);
            Assert.Equal(name, model.Name);
            var types = model.Features.Select(f => JsonName(f.Output!.Keys.Single()));
            Assert.Equal(outputs, string.Join(",", types));
        }
        Assert.False(ModelIdentifier.IsLegacy(identifier));
    }

    private static string JsonName(OutputType type) => type.ToString().ToLowerInvariant();

    [Fact]
    public void Legacy_and_mini_identifiers_do_not_overlap()
    {
        var legacy = DefinitionFile.LoadProtocol(typeof(HismithPlugin).Assembly, "hismith").Configurations.SelectMany(c => c.Identifier).ToList();
        var mini = new HismithMiniProtocol().Definition.Configurations.SelectMany(c => c.Identifier).ToList();
        Assert.Empty(legacy.Intersect(mini));
        Assert.Equal(legacy.Order(), ModelIdentifier.Legacy.Order());
    }

    [Fact]
    public void Both_protocols_share_the_gatt_map()
    {
        foreach (var definition in new[] { new HismithMiniProtocol().Definition, new HismithProtocol().Definition })
        {
            var services = definition.Communication.Single().Btle!.Services;
            Assert.Equal(Guid.Parse("0000ffe9-0000-1000-8000-00805f9b34fb"), services[Guid.Parse("0000ffe5-0000-1000-8000-00805f9b34fb")]["tx"]);
            Assert.Equal(Guid.Parse("0000ff96-0000-1000-8000-00805f9b34fb"), services[Guid.Parse("0000ff90-0000-1000-8000-00805f9b34fb")]["rxblemodel"]);
        }
        Assert.Equal(["HISMITH", "Wildolo", "\aHISMITH"], new HismithProtocol().Definition.Communication.Single().Btle!.Names);
        Assert.Equal(12, new HismithMiniProtocol().Definition.Communication.Single().Btle!.Names.Count);
    }

    [Fact]
    public void Unknown_models_get_one_oscillator()
    {
        foreach (var definition in new[] { new HismithMiniProtocol().Definition, new HismithProtocol().Definition })
        {
            var model = definition.Resolve("9999");
            Assert.False(model.IsKnownModel);
            Assert.Equal(new ValueRange(0, 100), model.Features.Single().Output![OutputType.Oscillate].Value);
        }
    }
}
