using System.Globalization;
using ButtplugHost.Sdk.Plugins;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Hgod;

/// <summary>
/// Registers the Hgod protocol. Configuration: <c>Hgod:RepeatIntervalMs</c> (default 100), how often
/// the running speed is re-sent.
/// </summary>
public sealed class HgodPlugin : IButtplugPlugin
{
    /// <summary>The configuration key of the repeat interval, in milliseconds.</summary>
    public const string RepeatIntervalKey = "Hgod:RepeatIntervalMs";

    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        var logger = builder.Context.LoggerFactory.CreateLogger<HgodPlugin>();
        builder.AddProtocol(new HgodProtocol(ReadRepeatInterval(builder.Context.Configuration[RepeatIntervalKey], logger), builder.Context.Time));
    }

    /// <summary>The configured interval; the default when unset or invalid (which is logged).</summary>
    internal static TimeSpan ReadRepeatInterval(string? text, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(text))
            return HgodProtocol.DefaultRepeatInterval;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) && ms > 0)
            return TimeSpan.FromMilliseconds(ms);
        logger.LogWarning("{Key} = '{Value}' is not a positive number of milliseconds; using {Default} ms.",
            RepeatIntervalKey, text, HgodProtocol.DefaultRepeatInterval.TotalMilliseconds);
        return HgodProtocol.DefaultRepeatInterval;
    }
}
