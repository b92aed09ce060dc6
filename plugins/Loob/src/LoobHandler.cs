using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Loob;

/// <summary>
/// Drives a Joyroid Loob stroker. Start-up writes <c>00 01 01 F4</c> (acknowledged: position 1 in
/// 500 ms). Each move is <c>&lt;position&gt; &lt;duration&gt;</c>, two big-endian 16-bit words on
/// <c>tx</c>: the position 1–1000 (0 is sent as 1) and the duration in milliseconds, at least 1.
/// A stroker has no resting position, so a stop writes nothing.
/// </summary>
internal sealed class LoobHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private static readonly byte[] StartCommand = [0x00, 0x01, 0x01, 0xF4];

    public override Task InitializeAsync(CancellationToken cancellationToken) =>
        Device.Hardware.WriteAsync(Endpoints.Tx, StartCommand, withResponse: true, cancellationToken);

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.HwPositionWithDuration)
            return base.HandleOutput(command);
        var position = (ushort)Math.Clamp(command.Value, 1, 1000);
        // The duration range reaches 100000 ms; the word holds 65535 at most (the reference wraps it).
        var duration = (ushort)Math.Clamp(command.Duration ?? 0, 1u, ushort.MaxValue);
        return [HardwareCommand.Write(Endpoints.Tx, [(byte)(position >> 8), (byte)position, (byte)(duration >> 8), (byte)duration])];
    }
}
