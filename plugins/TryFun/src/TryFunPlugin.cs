using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.TryFun;

/// <summary>Registers the TryFun protocols (tryfun, tryfun-blackhole, tryfun-meta2).</summary>
public sealed class TryFunPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        builder.AddProtocol(new TryFunProtocol());
        builder.AddProtocol(new TryFunBlackHoleProtocol());
        builder.AddProtocol(new TryFunMeta2Protocol());
    }
}
