using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Nintendo;

/// <summary>The Nintendo Joy-Con (and Pro Controller) rumble, one model: vibrate 0–1000.</summary>
public sealed class NintendoJoyconProtocol : ProtocolBase
{
    /// <summary>How often the rumble packet is re-sent while nothing else is (the reference's update loop: 15 ms).</summary>
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromMilliseconds(15);

    private readonly TimeProvider _time;

    /// <summary>Creates the protocol.</summary>
    /// <param name="time">The keep-alive's clock; the system clock by default.</param>
    public NintendoJoyconProtocol(TimeProvider? time = null) : base("nintendo-joycon")
    {
        _time = time ?? TimeProvider.System;
    }

    /// <summary>One model: the defaults.</summary>
    public override Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new JoyconHandler(device, KeepAliveInterval, _time);
}
