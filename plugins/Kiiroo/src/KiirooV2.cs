using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Kiiroo;

/// <summary><c>kiiroo-v2</c>: Fleshlight Launch and Kiiroo Onyx 2.</summary>
public sealed class KiirooV2Protocol() : ProtocolBase("kiiroo-v2")
{
    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new KiirooV2Handler(device);
}

/// <summary>Launch protocol: <c>[position, speed]</c> on <c>tx</c>, after switching the firmware to command mode.</summary>
internal sealed class KiirooV2Handler(ProtocolDevice device) : KiirooHandler(device)
{
    private readonly LaunchMove _move = new();

    /// <summary>A zero byte on the firmware endpoint puts the stroker in command mode.</summary>
    public override Task InitializeAsync(CancellationToken cancellationToken) =>
        Device.Hardware.WriteAsync(Endpoints.Firmware, new byte[] { 0x00 }, withResponse: true, cancellationToken);

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.HwPositionWithDuration || !HasOutput(command.FeatureIndex, command.Type))
            throw Unsupported(command);
        var position = ByteValue(command);
        var speed = _move.MoveTo(position, DurationOf(command));
        return [HardwareCommand.Write(Endpoints.Tx, [position, speed])];
    }
}
