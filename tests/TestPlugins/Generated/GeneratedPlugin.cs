using System.Globalization;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.TestPlugins.Generated;

/// <summary>
/// Registers one protocol per entry of the devices.json in its folder (each copy renames them), so a
/// copy registers exactly what its data declares.
/// </summary>
public sealed class GeneratedPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        var definitions = DefinitionFile.Parse(File.ReadAllText(Path.Combine(builder.Context.PluginDirectory, "devices.json")));
        foreach (var definition in definitions)
            builder.AddProtocol(new GeneratedProtocol(definition));
    }
}

/// <summary>Writes <c>V{feature}:{value};</c> for every vibrate command.</summary>
public sealed class GeneratedProtocol(ProtocolDefinition definition) : ProtocolBase(definition)
{
    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new Handler(device);

    private sealed class Handler(ProtocolDevice device) : ProtocolHandler(device)
    {
        protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand c) =>
            [HardwareCommand.Write(Endpoints.Tx, System.Text.Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"V{c.FeatureIndex}:{c.Value};")))];
    }
}
