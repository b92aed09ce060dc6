using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.MaxPro;

/// <summary>
/// Drives a MaxPro 2: one packet per speed on <c>tx</c>,
/// <c>55 04 07 FF FF 3F &lt;speed&gt; 5F &lt;speed&gt; &lt;check&gt;</c>, where the check byte is the sum of
/// the nine before it, modulo 256.
/// </summary>
internal sealed class MaxProHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate)
            return base.HandleOutput(command);
        var speed = (byte)command.Value;
        byte[] packet = [0x55, 0x04, 0x07, 0xFF, 0xFF, 0x3F, speed, 0x5F, speed, 0x00];
        for (var i = 0; i < 9; i++)
            packet[9] += packet[i];
        return [HardwareCommand.Write(Endpoints.Tx, packet)];
    }
}
