using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.XInput;

/// <summary>Registers the XInput transport and the xinput protocol.</summary>
public sealed class XInputPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddTransport(new XInputTransport(builder.Context));
        builder.AddProtocol(new XInputProtocol());
    }
}
