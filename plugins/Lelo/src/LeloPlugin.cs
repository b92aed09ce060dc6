using ButtplugHost.Sdk.Plugins;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Plugins.Lelo;

/// <summary>Registers the Lelo protocols.</summary>
public sealed class LeloPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        var options = ReadOptions(builder.Context.Configuration.GetSection("Lelo"));
        builder.AddProtocol(new LeloF1sProtocol());
        builder.AddProtocol(new LeloF1sV2Protocol(options));
        builder.AddProtocol(new LeloHarmonyProtocol(options));
    }

    /// <summary>Reads the plugin's section; a malformed value keeps the default.</summary>
    internal static LeloOptions ReadOptions(IConfiguration section)
    {
        var options = new LeloOptions();
        if (double.TryParse(section[nameof(LeloOptions.PairingTimeoutSeconds)], System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out var seconds))
            options.PairingTimeoutSeconds = seconds;
        return options;
    }
}
