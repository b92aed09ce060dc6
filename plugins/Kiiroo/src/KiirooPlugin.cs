using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Kiiroo;

/// <summary>Registers every Kiiroo protocol variant.</summary>
public sealed class KiirooPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new KiirooV1Protocol());
        builder.AddProtocol(new KiirooV2Protocol());
        builder.AddProtocol(new KiirooV21Protocol());
        builder.AddProtocol(new KiirooV21InitializedProtocol());
        builder.AddProtocol(new KiirooV2VibratorProtocol());
        builder.AddProtocol(new KiirooV3Protocol());
        builder.AddProtocol(new KiirooPowerShotProtocol());
        builder.AddProtocol(new KiirooProWandProtocol());
        builder.AddProtocol(new KiirooSpotProtocol());
    }
}
