using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.MysteryVibe;

/// <summary>
/// The mysteryvibe protocol (v1: Crescendo, Tenuto, Poco); the advertised name selects the model.
/// It differs from mysteryvibe-v2 only in its start-up mode command, <c>43 02 00</c>.
/// </summary>
public sealed class MysteryVibeProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "mysteryvibe";

    /// <summary>The quiet time after which the last packet is sent again (the reference's 93 ms).</summary>
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromMilliseconds(93);

    private static readonly byte[] ModeCommand = [0x43, 0x02, 0x00];

    private readonly TimeProvider _time;

    /// <summary>Loads the definition from the plugin's devices.json; keep-alives run on <paramref name="time"/>.</summary>
    public MysteryVibeProtocol(TimeProvider? time = null) : base(ProtocolName)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new MysteryVibeHandler(device, ModeCommand, KeepAliveInterval, _time);
}
