using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.ManNuo;

/// <summary>
/// Drives a ManNuo toy: one acknowledged packet per speed on <c>tx</c>,
/// <c>AA 55 06 01 01 01 &lt;speed&gt; FA &lt;check&gt;</c>, where the check byte is the XOR of the eight before it.
/// </summary>
internal sealed class ManNuoHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate)
            return base.HandleOutput(command);
        byte[] packet = [0xAA, 0x55, 0x06, 0x01, 0x01, 0x01, (byte)command.Value, 0xFA, 0x00];
        for (var i = 0; i < 8; i++)
            packet[8] ^= packet[i];
        return [HardwareCommand.Write(Endpoints.Tx, packet, withResponse: true)];
    }
}
