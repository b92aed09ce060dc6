using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Realov;

/// <summary>
/// Drives a Realov vibrator: each speed (0–50) is one packet on <c>tx</c> without response,
/// <c>C5 55 speed AA</c>; speed 0 stops it.
/// </summary>
internal sealed class RealovHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command is { Type: OutputType.Vibrate, FeatureIndex: 0 }
            ? [HardwareCommand.Write(Endpoints.Tx, [0xC5, 0x55, (byte)command.Value, 0xAA])]
            : base.HandleOutput(command);
}
