using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Cupido;

/// <summary>
/// Drives one Cupido toy: each speed (0–255) is the packet <c>B0 03 00 00 00 speed AA</c> on
/// <c>tx</c>, written without response.
/// </summary>
internal sealed class CupidoHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command is { Type: OutputType.Vibrate, FeatureIndex: 0 }
            ? [HardwareCommand.Write(Endpoints.Tx, [0xB0, 0x03, 0x00, 0x00, 0x00, (byte)command.Value, 0xAA])]
            : base.HandleOutput(command);
}
