using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Bananasome;

/// <summary>
/// Drives one Bananasome Rocket X7: one packet carries all three motors,
/// <c>A0 03 feature0 feature1 feature2</c> on <c>tx</c>, without response — the oscillator (feature 0)
/// and the two vibrators (features 1 and 2), 0–255 each. Outputs changing together give one packet
/// with the latest speeds.
/// </summary>
internal sealed class BananasomeHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private readonly byte[] _speeds = new byte[3];

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
        {
            var feature = Features.FirstOrDefault(f => f.Index == command.FeatureIndex);
            if (command.FeatureIndex is < 0 or > 2 || feature?.Output?.ContainsKey(command.Type) != true
                || command.Type is not (OutputType.Vibrate or OutputType.Oscillate))
                throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
        }
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
            _speeds[command.FeatureIndex] = (byte)command.Value;
        return [HardwareCommand.Write(Endpoints.Tx, [0xA0, 0x03, _speeds[0], _speeds[1], _speeds[2]])];
    }
}
