using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.LovenseConnect.Tests;

public sealed class DefinitionTests
{
    [Fact]
    public void The_reference_models_are_all_there()
    {
        var definition = new LovenseConnectProtocol().Definition;
        Assert.Equal("lovense-connect-service", definition.Name);
        Assert.Equal(24, definition.Configurations.Count);
        Assert.NotNull(definition.Communication.Single().LovenseConnectService);
        Assert.All(definition.Configurations, c => Assert.True(definition.Resolve(c.Identifier.Single()).IsKnownModel));
    }

    [Theory]
    [InlineData("Max", "Lovense Max", "vibrate constrict battery")]
    [InlineData("Nora", "Lovense Nora", "vibrate rotate battery")]
    [InlineData("Gravity", "Lovense Gravity", "vibrate oscillate battery")]
    [InlineData("Lapis", "Lovense Lapis", "vibrate vibrate vibrate battery")]
    [InlineData("Hush", "Lovense Hush", "vibrate battery")]
    public void Models_have_the_reference_features(string identifier, string name, string features)
    {
        var model = new LovenseConnectProtocol().Definition.Resolve(identifier);
        Assert.Equal(name, model.Name);
        Assert.Equal(features, string.Join(" ", model.Features.Select(f =>
            f.Output?.Keys.Single().ToString().ToLowerInvariant() ?? f.Input!.Keys.Single().ToString().ToLowerInvariant())));
    }

    [Fact]
    public void The_plugin_registers_its_transport_and_protocol()
    {
        var builder = new RecordingPluginBuilder();
        new LovenseConnectPlugin().Configure(builder);
        Assert.Equal(["lovense-connect"], builder.Transports.Select(t => t.Name));
        Assert.Equal(["lovense-connect-service"], builder.Protocols.Select(p => p.Name));
    }
}
