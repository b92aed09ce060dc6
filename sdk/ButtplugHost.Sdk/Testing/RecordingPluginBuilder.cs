using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Sdk.Testing;

/// <summary>
/// An <see cref="IPluginBuilder"/> that records what a plugin registers, for plugin tests:
/// <c>new MyPlugin().Configure(builder)</c>, then inspect <see cref="Protocols"/> and <see cref="Transports"/>.
/// </summary>
public sealed class RecordingPluginBuilder : IPluginBuilder
{
    private readonly List<IProtocol> _protocols = [];
    private readonly List<ITransport> _transports = [];

    /// <summary>Creates the builder.</summary>
    /// <param name="configuration">The host configuration the plugin sees; empty by default.</param>
    /// <param name="loggerFactory">The plugin's logger factory; none by default.</param>
    /// <param name="pluginDirectory">The plugin's folder; the test's output folder by default.</param>
    public RecordingPluginBuilder(IConfiguration? configuration = null, ILoggerFactory? loggerFactory = null, string? pluginDirectory = null)
        : this(TimeProvider.System, configuration, loggerFactory, pluginDirectory)
    {
    }

    /// <summary>Creates the builder with a clock for the plugin's timers (<see cref="PluginContext.Time"/>), e.g. a fake one.</summary>
    /// <param name="time">The clock the plugin sees.</param>
    /// <param name="configuration">The host configuration the plugin sees; empty by default.</param>
    /// <param name="loggerFactory">The plugin's logger factory; none by default.</param>
    /// <param name="pluginDirectory">The plugin's folder; the test's output folder by default.</param>
    public RecordingPluginBuilder(TimeProvider time, IConfiguration? configuration = null, ILoggerFactory? loggerFactory = null, string? pluginDirectory = null)
    {
        Context = new PluginContext(
            configuration ?? EmptyConfiguration.Instance,
            loggerFactory ?? NullLoggerFactory.Instance,
            pluginDirectory ?? AppContext.BaseDirectory)
        {
            Time = time,
        };
    }

    /// <inheritdoc/>
    public PluginContext Context { get; }

    /// <summary>The protocols registered so far, in order.</summary>
    public IReadOnlyList<IProtocol> Protocols => _protocols;

    /// <summary>The transports registered so far, in order.</summary>
    public IReadOnlyList<ITransport> Transports => _transports;

    /// <summary>Configures <paramref name="plugin"/> on a new builder and returns the protocols it registered.</summary>
    public static IReadOnlyList<IProtocol> ProtocolsOf(IButtplugPlugin plugin, IConfiguration? configuration = null)
    {
        var builder = new RecordingPluginBuilder(configuration);
        plugin.Configure(builder);
        return builder.Protocols;
    }

    /// <inheritdoc/>
    public void AddProtocol(IProtocol protocol) => _protocols.Add(protocol);

    /// <inheritdoc/>
    public void AddTransport(ITransport transport) => _transports.Add(transport);
}
