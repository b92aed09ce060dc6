using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Xuanhuan;

/// <summary>The xuanhuan protocol: the Xuanhuan Masturbator, advertised as <c>QUXIN</c>.</summary>
public sealed class XuanhuanProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "xuanhuan";

    /// <summary>
    /// The quiet time after which a running speed is sent again. The toy wants to hear its speed
    /// continuously (the reference re-sends it back to back, as fast as acknowledged writes complete);
    /// 100 ms is about that pace on a BLE link without flooding it.
    /// </summary>
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromMilliseconds(100);

    private readonly TimeProvider _time;

    /// <summary>Loads the definition from the plugin's devices.json; keep-alives run on <paramref name="time"/>.</summary>
    public XuanhuanProtocol(TimeProvider? time = null) : base(ProtocolName)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new XuanhuanHandler(device, KeepAliveInterval, _time);
}
