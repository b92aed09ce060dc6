using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Xibao;

/// <summary>
/// Drives the Xibao cup: each oscillation speed (0–99) is one packet on <c>tx</c> without response,
/// a fixed 11-byte header, the speed, and a check byte (speed + 0xB5, modulo 256).
/// </summary>
internal sealed class XibaoHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte CheckOffset = 0xB5;

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command is not { Type: OutputType.Oscillate, FeatureIndex: 0 })
            return base.HandleOutput(command);
        var speed = (byte)command.Value;
        return [HardwareCommand.Write(Endpoints.Tx, [0x66, 0x3A, 0x00, 0x06, 0x00, 0x06, 0x01, 0x02, 0x00, 0x02, 0x04, speed, unchecked((byte)(speed + CheckOffset))])];
    }
}
