using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Kiiroo;

/// <summary><c>kiiroo-v2-vibrator</c>: Pearl 2, Titan, OhMiBod Fuse, PornHub Virtual Rabbit/Blowbot.</summary>
public sealed class KiirooV2VibratorProtocol() : ProtocolBase("kiiroo-v2-vibrator")
{
    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new KiirooV2VibratorHandler(device);
}

/// <summary>Always three speed bytes on <c>tx</c>, one per motor slot, whatever the toy's motor count.</summary>
internal sealed class KiirooV2VibratorHandler(ProtocolDevice device) : KiirooHandler(device)
{
    private readonly byte[] _speeds = new byte[3];

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands) =>
        ApplySpeeds(_speeds, commands) ? [HardwareCommand.Write(Endpoints.Tx, [.. _speeds])] : [];
}
