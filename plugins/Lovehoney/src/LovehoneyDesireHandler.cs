using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lovehoney;

/// <summary>
/// Drives one Lovehoney Desire toy. Packets are <c>[F3 motor speed]</c> to <c>tx</c>, written with
/// response, where motor 0 means every motor. A one-motor toy always uses motor 0. A two-motor toy
/// uses motor 0 when both run at the same speed, and otherwise sets motor 1 and motor 2 apart.
/// </summary>
internal sealed class LovehoneyDesireHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte Command = 0xF3;
    private const byte AllMotors = 0x00;
    private readonly byte[] _speeds = new byte[device.Configuration.Features.Count];
    private readonly LastOutputValues _last = new();

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command.Type != OutputType.Vibrate || command.FeatureIndex < 0 || command.FeatureIndex >= _speeds.Length)
                throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
        }
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
        {
            _speeds[command.FeatureIndex] = (byte)command.Value;
            _last.Remember(command);
        }
        if (_speeds.Length == 1 || _speeds[0] == _speeds[1])
            return [Packet(AllMotors, _speeds[0])];
        // Outputs changing together get what the reference's last per-motor call gives: both motors set.
        return [Packet(0x01, _speeds[0]), Packet(0x02, _speeds[1])];
    }

    // As the reference: motors already at 0 get no second 0.
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));

    private static HardwareCommand Packet(byte motor, byte speed) => HardwareCommand.Write(Endpoints.Tx, [Command, motor, speed], withResponse: true);
}
