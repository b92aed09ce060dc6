using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Omobo;

/// <summary>
/// Drives the ViVegg: every speed (0–100) is one acknowledged packet on <c>tx</c>,
/// <c>A1 04 04 01 speed FF 55</c>; speed 0 stops it.
/// </summary>
internal sealed class OmoboHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command is { Type: OutputType.Vibrate, FeatureIndex: 0 }
            ? [HardwareCommand.Write(Endpoints.Tx, [0xA1, 0x04, 0x04, 0x01, (byte)command.Value, 0xFF, 0x55], withResponse: true)]
            : base.HandleOutput(command);
}
