using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Kiiroo;

/// <summary>
/// The Kiiroo 2.1 command set (also v2.1 "initialized" and v3): vibrate <c>01 speed</c>, stroke
/// <c>03 00 speed position</c>, both on <c>tx</c>; battery is byte 5 of the 20 bytes read from
/// the <c>whitelist</c> endpoint.
/// </summary>
internal sealed class KiirooV21Handler(ProtocolDevice device, IReadOnlyList<byte[]> initFrames) : KiirooHandler(device)
{
    private const int BatteryReadLength = 20;
    private const int BatteryOffset = 5;
    private readonly LaunchMove _move = new();

    /// <summary>Writes the variant's start-up frames, if any, to <c>tx</c> with response.</summary>
    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        foreach (var frame in initFrames)
            await Device.Hardware.WriteAsync(Endpoints.Tx, frame, withResponse: true, cancellationToken);
    }

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (!HasOutput(command.FeatureIndex, command.Type))
            throw Unsupported(command);
        switch (command.Type)
        {
            case OutputType.Vibrate:
                return [HardwareCommand.Write(Endpoints.Tx, [0x01, ByteValue(command)])];
            case OutputType.HwPositionWithDuration:
                var position = ByteValue(command);
                var speed = _move.MoveTo(position, DurationOf(command));
                return [HardwareCommand.Write(Endpoints.Tx, [0x03, 0x00, speed, position])];
            default:
                throw Unsupported(command);
        }
    }

    public override Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken) =>
        ReadBatteryAsync(featureIndex, type, Endpoints.Whitelist, BatteryOffset, BatteryReadLength, cancellationToken);
}
