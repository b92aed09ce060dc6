using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Sdk.Plugins;

/// <summary>What a plugin knows about the host it runs in.</summary>
/// <param name="Configuration">The host's whole configuration (appsettings, environment, command line).
/// A plugin reads its own section, by convention named after the plugin.</param>
/// <param name="LoggerFactory">Creates loggers that write to the host's log.</param>
/// <param name="PluginDirectory">The folder the plugin was loaded from (its data files live there).</param>
public sealed record PluginContext(IConfiguration Configuration, ILoggerFactory LoggerFactory, string PluginDirectory)
{
    /// <summary>
    /// The clock for the plugin's timers (keep-alives, polling): the system clock in the host, a fake
    /// one in tests (see <see cref="Testing.RecordingPluginBuilder"/>). Added in SDK 1.2.
    /// </summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
