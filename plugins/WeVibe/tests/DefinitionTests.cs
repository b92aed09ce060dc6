using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.WeVibe.Tests;

public class DefinitionTests
{
    private static readonly Guid Service = Guid.Parse("f000bb03-0451-4000-b000-000000000000");

    [Fact]
    public void Devices_json_holds_the_three_protocols()
    {
        var protocols = DefinitionFile.LoadEmbedded(typeof(WeVibePlugin).Assembly);
        Assert.Equal(["wevibe", "wevibe-8bit", "wevibe-chorus"], protocols.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_model_resolves_with_its_name_and_vibrators()
    {
        foreach (var protocol in DefinitionFile.LoadEmbedded(typeof(WeVibePlugin).Assembly))
        {
            foreach (var model in protocol.Configurations)
            {
                Assert.NotEmpty(model.Identifier);
                foreach (var identifier in model.Identifier)
                {
                    var resolved = protocol.Resolve(identifier);
                    Assert.True(resolved.IsKnownModel, $"{protocol.Name}: {identifier}");
                    Assert.Equal(model.Name, resolved.Name);
                    Assert.InRange(resolved.Features.Count, 1, 2);
                    Assert.All(resolved.Features, f => Assert.Equal(0, f.Output![OutputType.Vibrate].Value.Min));
                }
            }
            var fallback = protocol.Resolve("no such toy");
            Assert.False(fallback.IsKnownModel);
            Assert.NotEmpty(fallback.Features);
        }
    }

    [Fact]
    public void Every_model_identifier_is_an_advertised_name()
    {
        foreach (var protocol in DefinitionFile.LoadEmbedded(typeof(WeVibePlugin).Assembly))
        {
            var btle = Assert.Single(protocol.Communication).Btle!;
            Assert.All(protocol.Configurations.SelectMany(c => c.Identifier), id => Assert.Contains(id, btle.Names));
            var map = btle.Services[Service];
            Assert.Equal(Guid.Parse("f000c000-0451-4000-b000-000000000000"), map["tx"]);
            Assert.Equal(Guid.Parse("f000b000-0451-4000-b000-000000000000"), map["rx"]);
        }
    }

    [Theory]
    [InlineData("wevibe", "4plus", "WeVibe 4 Plus", 15, 2)]
    [InlineData("wevibe", "Pivot", "WeVibe Pivot", 15, 1)]
    [InlineData("wevibe", "Cougar", "WeVibe 4 Plus", 15, 2)]
    [InlineData("wevibe-8bit", "Moxie", "WeVibe Moxie", 12, 1)]
    [InlineData("wevibe-8bit", "Vector", "WeVibe Vector", 12, 2)]
    [InlineData("wevibe-8bit", "Melt 2", "WeVibe Melt", 22, 1)]
    [InlineData("wevibe-8bit", "Nelson", "WeVibe Bond", 27, 1)]
    [InlineData("wevibe-8bit", "Nova 2", "WeVibe Nova 2", 27, 2)]
    [InlineData("wevibe-chorus", "Chorus", "WeVibe Chorus", 30, 2)]
    [InlineData("wevibe-chorus", "skeena", "WeVibe Chorus", 30, 2)]
    [InlineData("wevibe-chorus", "Sync Lite", "WeVibe Sync Lite", 30, 1)]
    public void Models_have_the_reference_names_and_ranges(string protocolName, string identifier, string name, int max, int motors)
    {
        var protocol = DefinitionFile.LoadEmbedded(typeof(WeVibePlugin).Assembly).Single(p => p.Name == protocolName);
        var model = protocol.Resolve(identifier);
        Assert.Equal(name, model.Name);
        Assert.Equal(motors, model.Features.Count);
        Assert.All(model.Features, f => Assert.Equal(new ValueRange(0, max), f.Output![OutputType.Vibrate].Value));
    }

    [Fact]
    public void Plugin_registers_the_three_protocols()
    {
        var builder = new RecordingPluginBuilder();
        new WeVibePlugin().Configure(builder);
        Assert.Equal(["wevibe", "wevibe-8bit", "wevibe-chorus"], builder.Protocols.Select(p => p.Name));
    }
}
