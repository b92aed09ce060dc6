using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.WeVibe;

/// <summary>
/// What the We-Vibe variants share: one frame carries both motors (feature 0 = internal, feature 1 =
/// external), so the handler remembers both speeds and re-sends the pair whenever either changes.
/// Single-motor toys get the one speed in both motor slots.
/// </summary>
internal abstract class WeVibeHandler : ProtocolHandler
{
    private readonly int[] _speeds = new int[2];
    private readonly bool _twoMotors;

    protected WeVibeHandler(ProtocolDevice device) : base(device)
    {
        _twoMotors = device.Configuration.Features.Count(f => f.Output?.ContainsKey(OutputType.Vibrate) == true) > 1;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
        {
            if (command.Type != OutputType.Vibrate || command.FeatureIndex is < 0 or > 1 || (command.FeatureIndex == 1 && !_twoMotors))
                throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
            if (command.Value is < 0 or > byte.MaxValue)
                throw new ProtocolException($"Speed {command.Value} is out of range for {Device.Configuration.Name}.");
        }
        foreach (var command in commands)
            _speeds[command.FeatureIndex] = command.Value;

        var internalSpeed = _speeds[0];
        var externalSpeed = _twoMotors ? _speeds[1] : _speeds[0];
        var frame = internalSpeed == 0 && externalSpeed == 0
            ? WeVibePacket.Off()
            : EncodeSpeeds(internalSpeed, externalSpeed);
        return [HardwareCommand.Write(Endpoints.Tx, frame, withResponse: true)];
    }

    /// <summary>The variant's frame for the two motor speeds (not both zero).</summary>
    protected abstract byte[] EncodeSpeeds(int internalSpeed, int externalSpeed);
}
