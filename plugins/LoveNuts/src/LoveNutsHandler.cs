using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.LoveNuts;

/// <summary>
/// Drives a Love Nut: one 16-byte packet per speed on <c>tx</c>, <c>"EVOL"</c> (45 56 4F 4C), then the
/// speed (0–15) in both nibbles of ten bytes, then <c>00 FF</c>.
/// </summary>
internal sealed class LoveNutsHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private static readonly byte[] Header = [0x45, 0x56, 0x4F, 0x4C];

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate)
            return base.HandleOutput(command);
        var packet = new byte[16];
        Header.CopyTo(packet, 0);
        packet.AsSpan(4, 10).Fill((byte)(command.Value | command.Value << 4));
        packet[15] = 0xFF;
        return [HardwareCommand.Write(Endpoints.Tx, packet)];
    }
}
