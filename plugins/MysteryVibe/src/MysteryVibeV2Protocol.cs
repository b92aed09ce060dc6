using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.MysteryVibe;

/// <summary>The mysteryvibe-v2 protocol; the advertised name (<c>6908 MV1</c>, …) selects the model.</summary>
public sealed class MysteryVibeV2Protocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "mysteryvibe-v2";

    /// <summary>The quiet time after which the last packet is sent again (the reference's 93 ms).</summary>
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromMilliseconds(93);

    private static readonly byte[] ModeCommand = [0x03, 0x02, 0x40];

    private readonly TimeProvider _time;

    /// <summary>Loads the definition from the plugin's devices.json; keep-alives run on <paramref name="time"/>.</summary>
    public MysteryVibeV2Protocol(TimeProvider? time = null) : base(ProtocolName)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new MysteryVibeHandler(device, ModeCommand, KeepAliveInterval, _time);
}
