using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.Sexverse.Tests;

/// <summary>The models of sexverse-v2 to v5 and sexverse-lg389, every identifier and GATT map.</summary>
public class NewerDefinitionTests
{
    private static ProtocolBase Protocol(string name) => name switch
    {
        "sexverse-v2" => new SexverseV2Protocol(),
        "sexverse-v3" => new SexverseV3Protocol(new FakeTimeProvider()),
        "sexverse-v4" => new SexverseV4Protocol(),
        "sexverse-v5" => new SexverseV5Protocol(),
        _ => new SexverseLg389Protocol(),
    };

    [Theory]
    [InlineData("sexverse-v2", "LY272A01", "Sexverse Nolan", false, "vibrate:20,oscillate:20")]
    [InlineData("sexverse-v2", "LB-W01", "Libo Miao", true, "vibrate:20")]
    [InlineData("sexverse-v2", "HH010", "Sexverse HH010", true, "oscillate:20,vibrate:20")]
    [InlineData("sexverse-v2", "NBQ-B619RX", "Duopeak Saphette", true, "oscillate:20,vibrate:20,vibrate:20")]
    [InlineData("sexverse-v3", "TAY001", "Sexverse Tay 1", true, "vibrate:20")]
    [InlineData("sexverse-v3", "TAY006", "Sexverse Tay 6", true, "vibrate:20")]
    [InlineData("sexverse-v3", "TAY009", "Sexverse Tay 9", true, "vibrate:20")]
    [InlineData("sexverse-v3", "TA-S001A", "Sexverse Zeus", true, "vibrate:20,oscillate:20")]
    [InlineData("sexverse-v4", "CFG1 vibrator", "Sexverse G1 Vibrator", false, "vibrate:99")]
    [InlineData("sexverse-v4", "HJ2024N01", "VVD Vkini", true, "vibrate:99")]
    [InlineData("sexverse-v4", "BC1847", "Sexverse Dark Knight", true, "vibrate:99")]
    [InlineData("sexverse-v4", "BC1816", "Sexverse G1 Vibrator", false, "vibrate:99")]
    [InlineData("sexverse-v5", "CBW02", "Sexverse Heart", false, "vibrate:100")]
    [InlineData("sexverse-v5", "CB-WXW03", "Hannibal Kona", true, "vibrate:100")]
    [InlineData("sexverse-lg389", "LG389", "Sexverse LG389", false, "vibrate:3,oscillate:10")]
    public void Every_advertised_name_resolves_to_its_model(string protocol, string identifier, string name, bool configured, string outputs)
    {
        var definition = Protocol(protocol).Definition;
        Assert.Contains(identifier, definition.Communication.Single().Btle!.Names);
        var model = definition.Resolve(identifier);
        Assert.Equal(configured, model.IsKnownModel);
        Assert.Equal(name, model.Name);
        Assert.Equal(outputs, string.Join(",", model.Features.Select(f =>
        {
            var (type, properties) = f.Output!.Single();
            Assert.Equal(0, properties.Value.Min);
            return $"{type.ToString().ToLowerInvariant()}:{properties.Value.Max}";
        })));
    }

    [Theory]
    [InlineData("sexverse-v2", 3, "0000bae0", "tx:0000bae1")]
    [InlineData("sexverse-v3", 4, "0000fff0", "tx:0000fe02")]
    [InlineData("sexverse-v4", 2, "0000cfa2", "tx:0000cf21")]
    [InlineData("sexverse-v4", 2, "0000dba2", "tx:0000db21")]
    [InlineData("sexverse-v4", 2, "0000bca2", "tx:0000bc21")]
    [InlineData("sexverse-v5", 1, "0000ffcb", "tx:0000cb02")]
    [InlineData("sexverse-lg389", 0, "0000bae0", "tx:0000bae1,rx:0000bae2")]
    public void Configurations_and_gatt_maps(string protocol, int configurations, string service, string endpoints)
    {
        var definition = Protocol(protocol).Definition;
        Assert.Equal(configurations, definition.Configurations.Count);
        var map = definition.Communication.Single().Btle!.Services[Guid.Parse(service + "-0000-1000-8000-00805f9b34fb")];
        Assert.Equal(endpoints, string.Join(",", map.Select(e => $"{e.Key}:{e.Value.ToString()[..8]}")));
    }
}
