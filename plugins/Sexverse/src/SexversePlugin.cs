using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Sexverse;

/// <summary>Registers the Sexverse protocols.</summary>
public sealed class SexversePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new SexverseV1Protocol());
        builder.AddProtocol(new SexverseV2Protocol());
        builder.AddProtocol(new SexverseV3Protocol(builder.Context.Time));
        builder.AddProtocol(new SexverseV4Protocol());
        builder.AddProtocol(new SexverseV5Protocol());
        builder.AddProtocol(new SexverseLg389Protocol());
    }
}
