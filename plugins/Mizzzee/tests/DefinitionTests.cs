using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Mizzzee.Tests;

public class DefinitionTests
{
    public static TheoryData<string, string, int, string, string> Protocols() => new()
    {
        { "mizzzee", "NFY008", 68, "0000eea0-0000-1000-8000-00805f9b34fb", "0000eea1-0000-1000-8000-00805f9b34fb" },
        { "mizzzee-v2", "XHT", 68, "0000eea0-0000-1000-8000-00805f9b34fb", "0000ee01-0000-1000-8000-00805f9b34fb" },
        { "mizzzee-v3", "XHTKJ", 1000, "0000ff10-0000-1000-8000-00805f9b34fb", "0000ff12-0000-1000-8000-00805f9b34fb" },
    };

    private static IProtocol Create(string name) => name switch
    {
        "mizzzee" => new MizzzeeProtocol(),
        "mizzzee-v2" => new MizzzeeV2Protocol(),
        _ => new MizzzeeV3Protocol(),
    };

    [Theory]
    [MemberData(nameof(Protocols))]
    public void Each_protocol_has_one_vibrator_its_name_and_its_gatt_map(string protocol, string name, int max, string service, string tx)
    {
        var definition = Create(protocol).Definition;
        Assert.Equal(protocol, definition.Name);
        var model = definition.Resolve(name);
        Assert.Equal("Mizz Zee Device", model.Name);
        var feature = Assert.Single(model.Features);
        var (type, output) = Assert.Single(feature.Output!);
        Assert.Equal(OutputType.Vibrate, type);
        Assert.Equal((0, max), (output.Value.Min, output.Value.Max));
        var btle = Assert.Single(definition.Communication).Btle!;
        Assert.Equal([name], btle.Names);
        Assert.Equal(Guid.Parse(tx), btle.Services[Guid.Parse(service)]["tx"]);
        Assert.Empty(definition.Configurations);
    }
}
