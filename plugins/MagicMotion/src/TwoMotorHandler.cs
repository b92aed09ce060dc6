using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.MagicMotion;

/// <summary>
/// magic-motion-2 and magic-motion-4: every packet carries two motors,
/// <c>10 ff 04 0a 32 P 00 04 08 m0 64 00 04 08 m1 64 01</c>, where P is 0x0a (v2) or 0x32 (v4).
/// Motor n is feature n. v4 writes with response, and a v4 toy with a single motor gets its speed in
/// both places.
/// </summary>
internal sealed class TwoMotorHandler : SlotWriteHandler
{
    private const string PacketSlot = "motors";

    private readonly byte _variantByte;
    private readonly bool _withResponse;
    private readonly bool _singleMotor;
    private readonly IReadOnlySet<OutputType> _types;
    private readonly byte[] _speeds = new byte[2];

    /// <param name="device">The device.</param>
    /// <param name="variantByte">Byte 5 of the packet.</param>
    /// <param name="withResponse">Whether packets are written with response.</param>
    /// <param name="mirrorSingleMotor">Whether a model with one output drives both motor places.</param>
    /// <param name="types">The output types the protocol accepts.</param>
    public TwoMotorHandler(ProtocolDevice device, byte variantByte, bool withResponse, bool mirrorSingleMotor, IReadOnlySet<OutputType> types)
        : base(device)
    {
        _variantByte = variantByte;
        _withResponse = withResponse;
        _singleMotor = mirrorSingleMotor && Features.Count(f => f.Output is { Count: > 0 }) == 1;
        _types = types;
    }

    protected override bool Supports(OutputCommand command) =>
        _types.Contains(command.Type) && (_singleMotor || command.FeatureIndex is 0 or 1);

    protected override IEnumerable<SlotWrite> Translate(OutputCommand command)
    {
        if (_singleMotor)
            _speeds[0] = _speeds[1] = (byte)command.Value;
        else
            _speeds[command.FeatureIndex] = (byte)command.Value;
        byte[] packet =
        [
            0x10, 0xff, 0x04, 0x0a, 0x32, _variantByte, 0x00,
            0x04, 0x08, _speeds[0], 0x64, 0x00,
            0x04, 0x08, _speeds[1], 0x64, 0x01,
        ];
        yield return Tx(PacketSlot, packet, _withResponse);
    }
}
