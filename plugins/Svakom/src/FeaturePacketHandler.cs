using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Svakom;

/// <summary>Drives a stateless Svakom variant: each output sends its own packet (see <see cref="FeaturePackets"/>).</summary>
internal sealed class FeaturePacketHandler : SlotWriteHandler
{
    private readonly FeaturePacketFormat _format;

    public FeaturePacketHandler(ProtocolDevice device, FeaturePacketFormat format) : base(device)
    {
        _format = format;
    }

    protected override bool Supports(OutputCommand command) => _format.Types.Contains(command.Type);

    protected override IEnumerable<SlotWrite> Translate(OutputCommand command)
    {
        yield return Tx(FeatureSlot(command.FeatureIndex), _format.Build(command), _format.WithResponse);
    }
}
