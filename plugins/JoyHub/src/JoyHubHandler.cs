using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.JoyHub;

/// <summary>
/// Drives one JoyHub toy. Vibrators, rotators and thrusters on features 0–3 share one packet that
/// carries all four speeds; suction, heater, light and lube pump have packets of their own. Outputs
/// that change together are merged the way the reference merges them (one motor packet with the
/// latest speeds). The lube pump is switched off one second after each spray command.
/// </summary>
internal sealed class JoyHubHandler : ProtocolHandler
{
    private readonly byte[] _motors = new byte[JoyHubPackets.MotorCount];
    private readonly LastOutputValues _last = new();
    private readonly LubePumpSwitchOff _pumpOff;

    public JoyHubHandler(ProtocolDevice device, TimeProvider time) : base(device)
    {
        _pumpOff = new LubePumpSwitchOff(device.Hardware, time, device.Logger);
    }

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        var batch = new SlotWriteBatch();
        foreach (var command in commands)
            batch.Add([Translate(command)]);
        foreach (var command in commands)
        {
            _last.Remember(command);
            if (command.Type == OutputType.Spray)
                _pumpOff.Schedule();
        }
        return batch.Commands;
    }

    /// <summary>
    /// Every output not already at rest goes to 0. The reference's stop also switches the lube pump
    /// off; so does this one when the last spray command switched it on.
    /// </summary>
    public override IReadOnlyList<HardwareCommand> HandleStop()
    {
        var result = HandleOutputs(_last.Pending(StopValues())).ToList();
        foreach (var feature in Features.Where(f => f.Output?.ContainsKey(OutputType.Spray) == true))
        {
            if (_last.TryGetValue(feature.Index, OutputType.Spray, out var value) && value != 0)
            {
                result.Add(HardwareCommand.Write(Endpoints.Tx, JoyHubPackets.LubePump(on: false)));
                _last.Remember(new OutputCommand(feature.Index, OutputType.Spray, 0));
            }
        }
        return result;
    }

    public override async ValueTask DisposeAsync()
    {
        await _pumpOff.DisposeAsync();
        await base.DisposeAsync();
    }

    private SlotWrite Translate(OutputCommand command)
    {
        var level = (byte)Math.Abs(command.Value);
        return command.Type switch
        {
            OutputType.Vibrate or OutputType.Rotate or OutputType.Oscillate => new SlotWrite("motors", MotorPacket(command.FeatureIndex, level)),
            OutputType.Constrict when command.FeatureIndex == JoyHubPackets.Feature4 => new SlotWrite("suction4", Tx(JoyHubPackets.SuctionOnFeature4(level))),
            OutputType.Constrict => new SlotWrite("suction", Tx(JoyHubPackets.Suction(level))),
            OutputType.Temperature => new SlotWrite("heater", Tx(JoyHubPackets.Heater(level != 0))),
            OutputType.Led => new SlotWrite("light", Tx(JoyHubPackets.Light(level != 0))),
            OutputType.Spray => new SlotWrite("pump", Tx(JoyHubPackets.LubePump(level != 0))),
            _ => throw new ProtocolException($"{Device.Configuration.Name} cannot {command.Type}."),
        };
    }

    private HardwareCommand MotorPacket(int featureIndex, byte speed)
    {
        if (featureIndex is < 0 or >= JoyHubPackets.MotorCount)
            throw new ProtocolException($"{Device.Configuration.Name} has no motor slot for feature {featureIndex} (JoyHub motors are features 0-3).");
        _motors[featureIndex] = speed;
        return Tx(JoyHubPackets.Motors(_motors));
    }

    private static HardwareCommand Tx(byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);
}
