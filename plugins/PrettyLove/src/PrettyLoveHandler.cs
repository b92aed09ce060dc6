using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.PrettyLove;

/// <summary>Drives a Pretty Love toy: each speed (0–3) is <c>00 speed</c> on <c>tx</c>, acknowledged; 0 stops it.</summary>
internal sealed class PrettyLoveHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command is { Type: OutputType.Vibrate, FeatureIndex: 0 }
            ? [HardwareCommand.Write(Endpoints.Tx, [0x00, (byte)command.Value], withResponse: true)]
            : base.HandleOutput(command);
}
