using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Hgod;

/// <summary>The hgod protocol: the Hgod toy advertised as <c>AMN NEO</c>.</summary>
public sealed class HgodProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "hgod";

    /// <summary>How often the reference re-sends the running speed.</summary>
    public static readonly TimeSpan DefaultRepeatInterval = TimeSpan.FromMilliseconds(100);

    private readonly TimeSpan _repeatInterval;
    private readonly TimeProvider _time;

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    /// <param name="repeatInterval">How often the running speed is re-sent; 100 ms by default.</param>
    /// <param name="time">The clock of the repeats; the system clock by default.</param>
    public HgodProtocol(TimeSpan? repeatInterval = null, TimeProvider? time = null) : base(ProtocolName)
    {
        _repeatInterval = repeatInterval ?? DefaultRepeatInterval;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new HgodHandler(device, _repeatInterval, _time);
}
