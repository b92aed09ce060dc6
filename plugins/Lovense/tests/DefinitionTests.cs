using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.Lovense.Tests;

public class DefinitionTests
{
    private static readonly ProtocolDefinition Definition = LovenseTestDevice.Protocol.Definition;

    // identifier, name, outputs by feature index ("type[min,max]"), battery feature index.
    public static TheoryData<string, string, string, int> Models => new()
    {
        { "B", "Lovense Max", "0:vibrate[0,20] 1:constrict[0,3]", 2 },
        { "P", "Lovense Edge", "0:vibrate[0,20] 1:vibrate[0,20]", 2 },
        { "A", "Lovense Nora", "0:vibrate[0,20] 1:rotate[-20,20]", 2 },
        { "C", "Lovense Nora", "0:vibrate[0,20] 1:rotate[-20,20]", 2 },
        { "L", "Lovense Ambi", "0:vibrate[0,20]", 1 },
        { "S", "Lovense Lush", "0:vibrate[0,20]", 1 },
        { "AN", "Lovense Lush Anal", "0:vibrate[0,20]", 1 },
        { "Z", "Lovense Hush", "0:vibrate[0,20]", 1 },
        { "W", "Lovense Domi", "0:vibrate[0,20]", 1 },
        { "O", "Lovense Osci", "0:vibrate[0,20]", 1 },
        { "V", "Lovense Mission", "0:vibrate[0,20]", 1 },
        { "CA", "Lovense Mission 2", "0:vibrate[0,20]", 1 },
        { "X", "Lovense Ferri", "0:vibrate[0,20]", 1 },
        { "R", "Lovense Diamo", "0:vibrate[0,20]", 1 },
        { "ToyS", "Loveai Dolp", "0:vibrate[0,20]", 1 },
        { "F", "Lovense Sex Machine", "0:oscillate[0,20]", 1 },
        { "FS", "Lovense Mini Sex Machine", "0:oscillate[0,20]", 1 },
        { "J", "Lovense Dolce", "0:vibrate[0,20] 1:vibrate[0,20]", 2 },
        { "OC", "Lovense Osci 3", "0:vibrate[0,20] 1:vibrate[0,20]", 2 },
        { "ED", "Lovense Gush", "0:vibrate[0,20]", 1 },
        { "EZ", "Lovense Gush 2", "0:vibrate[0,20]", 1 },
        { "EB", "Lovense Hyphy", "0:vibrate[0,20] 1:vibrate[0,20]", 2 },
        { "T", "Lovense Calor", "0:vibrate[0,20]", 1 },
        { "EI", "Lovense Flexer (Firmware update needed)", "0:vibrate[0,20]", 1 },
        { "EI-FW3", "Lovense Flexer", "0:vibrate[0,20] 1:vibrate[0,20] 2:rotate[0,20]", 3 },
        { "N", "Lovense Gemini", "0:vibrate[0,20] 1:vibrate[0,20]", 2 },
        { "EA", "Lovense Gravity", "0:vibrate[0,20] 1:oscillate[0,20]", 2 },
        { "Q", "Lovense Tenera", "0:vibrate[0,20]", 1 },
        { "EL", "Lovense Ridge", "0:vibrate[0,20] 1:rotate[-20,20]", 2 },
        { "U", "Lovense Lapis", "0:vibrate[0,20] 1:vibrate[0,20] 2:vibrate[0,20]", 3 },
        { "SD", "Lovense Vulse", "0:vibrate[0,20]", 1 },
        { "H", "Lovense Solace", "0:oscillate[0,20]", 1 },
        { "BA", "Lovense Solace Pro", "0:hw_position_with_duration[0,100] 0:oscillate[0,20]", 1 },
        { "WD", "Lovense Spinel", "0:vibrate[0,20] 1:oscillate[0,20]", 2 },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_model_resolves_with_its_name_and_features(string identifier, string name, string outputs, int batteryFeature)
    {
        var model = Definition.Resolve(identifier);

        Assert.True(model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(outputs, Describe(model.Features));
        var battery = Assert.Single(model.Features, f => f.Input is not null);
        Assert.Equal(batteryFeature, battery.Index);
        var input = battery.Input![InputType.Battery];
        Assert.Equal([new ValueRange(0, 100)], input.Value);
        Assert.Equal([InputCommandType.Read], input.Command);
        Assert.Null(model.MessageGapMs);
    }

    [Fact]
    public void Every_configuration_of_the_file_is_covered_by_the_table()
    {
        var tested = Models.Select(row => (string)row[0]).ToHashSet();
        var listed = Definition.Configurations.SelectMany(c => c.Identifier).ToHashSet();
        Assert.Equal(34, listed.Count);
        Assert.Equal(listed.Order(), tested.Order());
    }

    [Fact]
    public void Unknown_identifier_gets_the_default_single_vibrator()
    {
        var model = Definition.Resolve("lovense");
        Assert.False(model.IsKnownModel);
        Assert.Equal("Lovense Device", model.Name);
        Assert.Equal("0:vibrate[0,20]", Describe(model.Features));
    }

    [Fact]
    public void Solace_pro_position_has_a_duration_range()
    {
        var feature = Definition.Resolve("BA").Features[0];
        Assert.Equal(new ValueRange(0, 100000), feature.Output![OutputType.HwPositionWithDuration].Duration);
    }

    [Fact]
    public void Communication_covers_ble_and_network_devices()
    {
        Assert.Equal(2, Definition.Communication.Count);
        var btle = Definition.Communication[0].Btle!;
        Assert.Equal(["LVS-*", "LOVE-*"], btle.Names);
        var manufacturer = Assert.Single(btle.ManufacturerData);
        Assert.Equal(620, manufacturer.Company);
        Assert.Equal([(byte)255, (byte)33], manufacturer.Data!);
        Assert.Equal(37, btle.AdvertisedServices.Count);
        Assert.Equal(38, btle.Services.Count);
        var nordic = btle.Services[Guid.Parse("6e400001-b5a3-f393-e0a9-e50e24dcca9e")];
        Assert.Equal(Guid.Parse("6e400002-b5a3-f393-e0a9-e50e24dcca9e"), nordic["tx"]);
        Assert.Equal(Guid.Parse("6e400003-b5a3-f393-e0a9-e50e24dcca9e"), nordic["rx"]);
        var legacy = btle.Services[Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(Guid.Parse("0000fff2-0000-1000-8000-00805f9b34fb"), legacy["tx"]);
        Assert.Equal(Guid.Parse("0000fff1-0000-1000-8000-00805f9b34fb"), legacy["rx"]);
        // Every service maps tx to characteristic …02… and rx to …03… of its own base, except the legacy fff0.
        foreach (var (service, map) in btle.Services.Where(s => s.Key != Guid.Parse("0000fff0-0000-1000-8000-00805f9b34fb")))
        {
            var text = service.ToString();
            Assert.Equal(text[..7] + "2" + text[8..], map["tx"].ToString());
            Assert.Equal(text[..7] + "3" + text[8..], map["rx"].ToString());
        }
        Assert.Equal("LVSDevice", Definition.Communication[1].Websocket!.Name);
    }

    private static string Describe(IReadOnlyList<FeatureDefinition> features) =>
        string.Join(' ', features.Where(f => f.Output is not null)
            .SelectMany(f => f.Output!.OrderBy(o => o.Key.ToString()).Select(o => $"{f.Index}:{Snake(o.Key)}[{o.Value.Value.Min},{o.Value.Value.Max}]")));

    private static string Snake(OutputType type) => type == OutputType.HwPositionWithDuration ? "hw_position_with_duration" : type.ToString().ToLowerInvariant();
}
