using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.MyMuse;

/// <summary>
/// Drives a MyMuse Link Plus: one packet per speed on <c>tx</c>, <c>AA 55 06 01 01 01 &lt;speed&gt; FF</c>;
/// speed 0 has a packet of its own, <c>AA 55 06 AA 00 00 00 00</c>.
/// </summary>
internal sealed class MyMuseLinkPlusHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private static readonly byte[] StopPacket = [0xAA, 0x55, 0x06, 0xAA, 0x00, 0x00, 0x00, 0x00];

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate)
            return base.HandleOutput(command);
        var packet = command.Value == 0 ? (byte[])StopPacket.Clone() : [0xAA, 0x55, 0x06, 0x01, 0x01, 0x01, (byte)command.Value, 0xFF];
        return [HardwareCommand.Write(Endpoints.Tx, packet)];
    }
}
