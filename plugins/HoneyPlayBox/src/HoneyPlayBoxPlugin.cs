using System.Globalization;
using ButtplugHost.Sdk.Plugins;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.HoneyPlayBox;

/// <summary>
/// Registers the Honey Play Box protocol. Configuration: <c>HoneyPlayBox:KeepAliveIntervalMs</c>
/// (default 500), the quiet time after which the motors' state is sent again.
/// </summary>
public sealed class HoneyPlayBoxPlugin : IButtplugPlugin
{
    /// <summary>The configuration key of the keep-alive interval, in milliseconds.</summary>
    public const string KeepAliveIntervalKey = "HoneyPlayBox:KeepAliveIntervalMs";

    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        var logger = builder.Context.LoggerFactory.CreateLogger<HoneyPlayBoxPlugin>();
        var interval = ReadKeepAliveInterval(builder.Context.Configuration[KeepAliveIntervalKey], logger);
        builder.AddProtocol(new HoneyPlayBoxProtocol(builder.Context.Time, interval));
    }

    /// <summary>The configured interval; null (the default) when unset or invalid, which is logged.</summary>
    internal static TimeSpan? ReadKeepAliveInterval(string? text, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) && ms > 0)
            return TimeSpan.FromMilliseconds(ms);
        logger.LogWarning("{Key} = '{Value}' is not a positive number of milliseconds; using {Default} ms.",
            KeepAliveIntervalKey, text, HoneyPlayBoxTimings.Default.KeepAlive.TotalMilliseconds);
        return null;
    }
}
