using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Sensee;

/// <summary>
/// Drives one sensee-v2 toy. Every packet sets all motors, grouped by kind: the number of kinds the
/// model has, then per kind (vibrate 0, thrust 1, suction 2) its code, its motor count and, per
/// motor, its 1-based position and speed. All outputs of one call go in one packet.
/// </summary>
internal sealed class SenseeV2Handler : ProtocolHandler
{
    private static readonly (OutputType Type, byte Code)[] Kinds =
    [
        (OutputType.Vibrate, 0),
        (OutputType.Oscillate, 1),
        (OutputType.Constrict, 2),
    ];

    // Per kind, the features that have it, in index order, with their current speeds.
    private readonly Dictionary<OutputType, SortedDictionary<int, byte>> _motors;
    private readonly LastOutputValues _last = new();
    private byte _deviceType = SenseeV2Packet.DefaultDeviceType;

    public SenseeV2Handler(ProtocolDevice device) : base(device)
    {
        _motors = Kinds.ToDictionary(k => k.Type, k => new SortedDictionary<int, byte>(
            Features.Where(f => f.Output?.ContainsKey(k.Type) == true).ToDictionary(f => f.Index, _ => (byte)0)));
    }

    /// <summary>Reads the device's information from <c>tx</c>; byte 6 is its device type.</summary>
    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var info = await Device.Hardware.ReadAsync(Endpoints.Tx, cancellationToken);
        _deviceType = SenseeV2Packet.DeviceType(info);
        Device.Logger.LogDebug("Sensee device information {Info}: device type {Type:X2}", Convert.ToHexString(info), _deviceType);
    }

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
            Check(command);
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
        {
            _motors[command.Type][command.FeatureIndex] = (byte)command.Value;
            _last.Remember(command);
        }
        return [HardwareCommand.Write(Endpoints.Tx, SenseeV2Packet.Build(_deviceType, SenseeV2Packet.SetMotors, Body()))];
    }

    /// <summary>One packet with the outputs not already at rest set to 0; nothing when all are.</summary>
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));

    private void Check(OutputCommand command)
    {
        if (!_motors.TryGetValue(command.Type, out var motors) || !motors.ContainsKey(command.FeatureIndex))
            throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
        if (command.Value is < 0 or > byte.MaxValue)
            throw new ProtocolException($"Speed {command.Value} does not fit a Sensee packet (0-255).");
    }

    private byte[] Body()
    {
        var present = Kinds.Where(k => _motors[k.Type].Count > 0).ToList();
        var body = new List<byte> { (byte)present.Count };
        foreach (var (type, code) in present)
        {
            var motors = _motors[type];
            body.Add(code);
            body.Add((byte)motors.Count);
            var position = 1;
            foreach (var speed in motors.Values)
            {
                body.Add((byte)position++);
                body.Add(speed);
            }
        }
        return [.. body];
    }
}
