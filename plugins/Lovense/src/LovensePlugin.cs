using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>Registers the Lovense protocol, with timings from the configuration section <c>Lovense</c>.</summary>
public sealed class LovensePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        var options = LovenseOptions.FromConfiguration(builder.Context.Configuration.GetSection("Lovense"));
        builder.AddProtocol(new LovenseProtocol(options, builder.Context.LoggerFactory));
    }
}
