using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Sexverse;

/// <summary>
/// Drives the Sexverse LG389. One acknowledged packet carries both motors:
/// <c>AA 05 vibrate 14 anchor 00 range 00 oscillate 00</c>; while the oscillator runs, anchor is 1 (to
/// the base) and range 4 (full stroke), both 0 when it is at rest. Outputs changing together give one
/// packet; a stop sends one packet unless both motors are known to be at rest.
/// </summary>
internal sealed class SexverseLg389Handler(ProtocolDevice device) : ProtocolHandler(device)
{
    private readonly LastOutputValues _last = new();
    private byte _vibrate;
    private byte _oscillate;

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command.Type is not (OutputType.Vibrate or OutputType.Oscillate)
                || Features.FirstOrDefault(f => f.Index == command.FeatureIndex)?.Output?.ContainsKey(command.Type) != true)
                throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
            if (command.Value is < 0 or > byte.MaxValue)
                throw new ProtocolException($"Speed {command.Value} does not fit a Sexverse LG389 packet (0-255).");
        }
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
        {
            _last.Remember(command);
            if (command.Type == OutputType.Vibrate)
                _vibrate = (byte)command.Value;
            else
                _oscillate = (byte)command.Value;
        }
        var moving = _oscillate == 0 ? (byte)0 : (byte)1;
        byte[] packet = [0xAA, 0x05, _vibrate, 0x14, moving, 0x00, (byte)(moving * 4), 0x00, _oscillate, 0x00];
        return [HardwareCommand.Write(Endpoints.Tx, packet, withResponse: true)];
    }

    /// <summary>Stops the motors not already known to be at rest, in one packet.</summary>
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));
}
