using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.LovenseConnect;

/// <summary>Registers the Lovense Connect transport and the lovense-connect-service protocol.</summary>
public sealed class LovenseConnectPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddTransport(new LovenseConnectTransport(builder.Context));
        builder.AddProtocol(new LovenseConnectProtocol());
    }
}
