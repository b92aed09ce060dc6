using System.Globalization;
using ButtplugHost.Sdk.Plugins;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Satisfyer;

/// <summary>
/// Registers the Satisfyer protocol. Configuration: <c>Satisfyer:KeepAliveIntervalMs</c> (default 3000),
/// the quiet time after which the last packet is re-sent.
/// </summary>
public sealed class SatisfyerPlugin : IButtplugPlugin
{
    /// <summary>The configuration key of the keep-alive interval, in milliseconds.</summary>
    public const string KeepAliveIntervalKey = "Satisfyer:KeepAliveIntervalMs";

    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        var logger = builder.Context.LoggerFactory.CreateLogger<SatisfyerPlugin>();
        builder.AddProtocol(new SatisfyerProtocol(ReadKeepAliveInterval(builder.Context.Configuration[KeepAliveIntervalKey], logger), builder.Context.Time));
    }

    /// <summary>The configured interval; null (the default) when unset or invalid, which is logged.</summary>
    internal static TimeSpan? ReadKeepAliveInterval(string? text, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) && ms > 0)
            return TimeSpan.FromMilliseconds(ms);
        logger.LogWarning("{Key} = '{Value}' is not a positive number of milliseconds; using {Default} ms.",
            KeepAliveIntervalKey, text, SatisfyerProtocol.DefaultKeepAliveInterval.TotalMilliseconds);
        return null;
    }
}
