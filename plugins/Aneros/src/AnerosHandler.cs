using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Aneros;

/// <summary>
/// Drives one Aneros Vivi: each vibrator is its own two-byte packet on <c>tx</c>,
/// <c>[F1 + feature index, speed]</c> (0–127), written without response.
/// </summary>
internal sealed class AnerosHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte FirstMotor = 0xF1;

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command is { Type: OutputType.Vibrate, FeatureIndex: 0 or 1 }
            ? [HardwareCommand.Write(Endpoints.Tx, [(byte)(FirstMotor + command.FeatureIndex), (byte)command.Value])]
            : base.HandleOutput(command);
}
