using ButtplugHost.Sdk.Plugins;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Plugins.TheHandy;

/// <summary>Registers The Handy protocols.</summary>
public sealed class TheHandyPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        var options = ReadOptions(builder.Context.Configuration.GetSection("TheHandy"));
        builder.AddProtocol(new TheHandyProtocol(options, builder.Context.Time));
        builder.AddProtocol(new TheHandyV3Protocol(options, builder.Context.Time));
    }

    /// <summary>Reads the plugin's section; malformed or negative values keep their defaults.</summary>
    internal static TheHandyOptions ReadOptions(IConfiguration section)
    {
        var options = new TheHandyOptions();
        if (double.TryParse(section[nameof(TheHandyOptions.KeepAliveSeconds)], System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            options.KeepAliveSeconds = seconds;
        if (int.TryParse(section[nameof(TheHandyOptions.ResponseTimeoutMs)], System.Globalization.NumberStyles.Integer,
                System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms >= 0)
            options.ResponseTimeoutMs = ms;
        return options;
    }
}
