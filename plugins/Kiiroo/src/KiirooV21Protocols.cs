using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Kiiroo;

/// <summary><c>kiiroo-v21</c>: Pearl 2.1/2+/3, Titan 1.1, Cliona, OhMiBod toys, Hot Octopuss Pulse.</summary>
public sealed class KiirooV21Protocol() : ProtocolBase("kiiroo-v21")
{
    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new KiirooV21Handler(device, []);
}

/// <summary><c>kiiroo-v21-initialized</c>: Keon, Onyx 2.1, Onyx+; they need a stroke handshake first.</summary>
public sealed class KiirooV21InitializedProtocol() : ProtocolBase("kiiroo-v21-initialized")
{
    // A stroke to the top at speed 100, then at speed 0, wakes the stroker.
    private static readonly byte[][] InitFrames = [[0x03, 0x00, 0x64, 0x19], [0x03, 0x00, 0x64, 0x00]];

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new KiirooV21Handler(device, InitFrames);
}

/// <summary><c>kiiroo-v3</c>: Keon Wifi, which speaks the 2.1 command set without a handshake.</summary>
public sealed class KiirooV3Protocol() : ProtocolBase("kiiroo-v3")
{
    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new KiirooV21Handler(device, []);
}
