using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Kizuna;

/// <summary>Drives a Kizuna Smart over serial: each rotation speed (0–9) is its ASCII digit and CR LF on <c>tx</c>.</summary>
internal sealed class KizunaHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command.Type == OutputType.Rotate && command.Value is >= 0 and <= 9
            ? [HardwareCommand.Write(Endpoints.Tx, [(byte)('0' + command.Value), (byte)'\r', (byte)'\n'])]
            : base.HandleOutput(command);
}
