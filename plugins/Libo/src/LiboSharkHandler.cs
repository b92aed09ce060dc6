using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Libo;

/// <summary>
/// libo-shark: both vibrators (0–3 each) in one unacknowledged byte on <c>tx</c>, feature 0 in the
/// high nibble and feature 1 in the low one, with the last speed of each. Outputs changing together
/// give one byte; a stop sends one byte unless both are known to be at rest.
/// </summary>
internal sealed class LiboSharkHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private readonly LastOutputValues _last = new();
    private readonly byte[] _speeds = new byte[2];

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command.Type != OutputType.Vibrate || command.FeatureIndex is not (0 or 1))
                throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
            if (command.Value is < 0 or > 15)
                throw new ProtocolException($"Speed {command.Value} does not fit half a Libo Shark byte (0-15).");
        }
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
        {
            _last.Remember(command);
            _speeds[command.FeatureIndex] = (byte)command.Value;
        }
        return [HardwareCommand.Write(Endpoints.Tx, [(byte)((_speeds[0] << 4) | _speeds[1])])];
    }

    /// <summary>Stops the vibrators not already known to be at rest, in one byte.</summary>
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));
}
