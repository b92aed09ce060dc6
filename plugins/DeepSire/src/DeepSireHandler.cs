using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.DeepSire;

/// <summary>
/// Drives one DeepSire toy: each speed (0–255) is the packet <c>55 04 01 00 00 speed AA</c> on
/// <c>tx</c>, written without response.
/// </summary>
internal sealed class DeepSireHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command is { Type: OutputType.Vibrate, FeatureIndex: 0 }
            ? [HardwareCommand.Write(Endpoints.Tx, [0x55, 0x04, 0x01, 0x00, 0x00, (byte)command.Value, 0xAA])]
            : base.HandleOutput(command);
}
