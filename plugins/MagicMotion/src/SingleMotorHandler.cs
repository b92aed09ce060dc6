using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.MagicMotion;

/// <summary>
/// magic-motion-1 and magic-motion-3: one motor per packet,
/// <c>0b ff 04 0a P P 00 04 08 speed 64 00</c>, where P is 0x32 (v1) or 0x46 (v3).
/// Each feature's packet is its own slot, as the reference addresses it per feature.
/// </summary>
internal sealed class SingleMotorHandler : SlotWriteHandler
{
    private readonly byte _variantByte;
    private readonly IReadOnlySet<OutputType> _types;

    public SingleMotorHandler(ProtocolDevice device, byte variantByte, IReadOnlySet<OutputType> types) : base(device)
    {
        _variantByte = variantByte;
        _types = types;
    }

    protected override bool Supports(OutputCommand command) => _types.Contains(command.Type);

    protected override IEnumerable<SlotWrite> Translate(OutputCommand command)
    {
        byte[] packet = [0x0b, 0xff, 0x04, 0x0a, _variantByte, _variantByte, 0x00, 0x04, 0x08, (byte)command.Value, 0x64, 0x00];
        yield return Tx(FeatureSlot(command.FeatureIndex), packet, withResponse: false);
    }
}
