using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Fox;

/// <summary>
/// Drives one Fox toy: each speed (0–3) is the packet <c>03 01 01 FE speed</c> on <c>tx</c>, written
/// without response.
/// </summary>
internal sealed class FoxHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command is { Type: OutputType.Vibrate, FeatureIndex: 0 }
            ? [HardwareCommand.Write(Endpoints.Tx, [0x03, 0x01, 0x01, 0xFE, (byte)command.Value])]
            : base.HandleOutput(command);
}
