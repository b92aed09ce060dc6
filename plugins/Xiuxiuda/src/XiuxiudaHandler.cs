using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Xiuxiuda;

/// <summary>
/// Drives a Xiuxiuda toy: each speed (0–19) is one packet on <c>tx</c> without response,
/// <c>00 00 00 00 65 3A 30 speed 64</c>; speed 0 stops it.
/// </summary>
internal sealed class XiuxiudaHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command is { Type: OutputType.Vibrate, FeatureIndex: 0 }
            ? [HardwareCommand.Write(Endpoints.Tx, [0x00, 0x00, 0x00, 0x00, 0x65, 0x3A, 0x30, (byte)command.Value, 0x64])]
            : base.HandleOutput(command);
}
