using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Mizzzee;

/// <summary>The third Mizz Zee protocol (advertised as <c>XHTKJ</c>): the toy needs a packet at least every 200 ms.</summary>
public sealed class MizzzeeV3Protocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "mizzzee-v3";

    /// <summary>The quiet time after which the last packet is sent again (the reference's 200 ms).</summary>
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromMilliseconds(200);

    private readonly TimeProvider _time;

    /// <summary>Loads the definition from the plugin's devices.json; keep-alives run on <paramref name="time"/>.</summary>
    public MizzzeeV3Protocol(TimeProvider? time = null) : base(ProtocolName)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new MizzzeeV3Handler(device, KeepAliveInterval, _time);
}
