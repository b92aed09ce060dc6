using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Youou;

/// <summary>
/// Drives the Wand: each speed (0–255) is one <see cref="YououPacket"/> on <c>tx</c> without
/// response; the packet counter starts at 0 for each connection. Speed 0 stops it.
/// </summary>
internal sealed class YououHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private byte _nextId;

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command is not { Type: OutputType.Vibrate, FeatureIndex: 0 })
            return base.HandleOutput(command);
        return [HardwareCommand.Write(Endpoints.Tx, YououPacket.Build(_nextId++, (byte)command.Value))];
    }
}
