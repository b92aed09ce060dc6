using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Svakom;

/// <summary>
/// svakom-iker: two vibrators. Any change sends <c>55 03 03 00 01 V0</c>, then <c>55 07 00 00 V1 00</c>
/// when the second runs; both at rest is the single packet <c>55 07 00 00 00 00</c>.
/// </summary>
internal sealed class IkerHandler : SlotWriteHandler
{
    private readonly byte[] _speeds = new byte[2];

    public IkerHandler(ProtocolDevice device) : base(device)
    {
    }

    protected override bool Supports(OutputCommand command) => command.Type == OutputType.Vibrate && command.FeatureIndex is 0 or 1;

    protected override IEnumerable<SlotWrite> Translate(OutputCommand command)
    {
        _speeds[command.FeatureIndex] = (byte)command.Value;
        var slot = FeatureSlot(command.FeatureIndex);
        if (_speeds[0] == 0 && _speeds[1] == 0)
        {
            yield return Tx(slot, [0x55, 0x07, 0x00, 0x00, 0x00, 0x00]);
            yield break;
        }
        yield return Tx(slot, [0x55, 0x03, 0x03, 0x00, 0x01, _speeds[0]]);
        if (_speeds[1] > 0)
            yield return Tx(slot, [0x55, 0x07, 0x00, 0x00, _speeds[1], 0x00]);
    }
}
