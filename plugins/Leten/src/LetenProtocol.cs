using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Leten;

/// <summary>The leten protocol (Leten toys, advertised as <c>T528-LT</c>, <c>F537-LT</c>, …): the toy needs a packet at least every second.</summary>
public sealed class LetenProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "leten";

    /// <summary>The quiet time after which the last packet is sent again (the reference's 1000 ms).</summary>
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromMilliseconds(1000);

    private readonly TimeProvider _time;

    /// <summary>Loads the definition from the plugin's devices.json; keep-alives run on <paramref name="time"/>.</summary>
    public LetenProtocol(TimeProvider? time = null) : base(ProtocolName)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new LetenHandler(device, KeepAliveInterval, _time);
}
