using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Sexverse;

/// <summary>
/// The sexverse-v3 protocol (Sexverse Tay, Zeus): one acknowledged packet per motor,
/// <c>A1 04 speed (index + 1)</c>. The toys stop when they hear nothing, so the last packet is repeated
/// whenever 100 ms pass without one.
/// </summary>
public sealed class SexverseV3Protocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "sexverse-v3";

    /// <summary>The quiet time after which the last packet is sent again (the reference's 100 ms).</summary>
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromMilliseconds(100);

    // The reference drives vibrate and rotate; oscillate (the Zeus's second motor) too, see the README.
    private static readonly HashSet<OutputType> Types = [OutputType.Vibrate, OutputType.Rotate, OutputType.Oscillate];

    private readonly TimeProvider _time;

    /// <summary>Loads the definition from the plugin's devices.json; keep-alives run on <paramref name="time"/>.</summary>
    public SexverseV3Protocol(TimeProvider? time = null) : base(ProtocolName)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new SexverseMotorHandler(device, Types,
        (index, speed) => new HardwareWrite(Endpoints.Tx, [0xA1, 0x04, speed, (byte)(index + 1)], WithResponse: true),
        keepAlive: KeepAliveInterval, time: _time);
}
