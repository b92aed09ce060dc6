using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Mizzzee;

/// <summary>Drives a second-generation Mizz Zee: one packet per speed on <c>tx</c>, <c>69 96 04 02 &lt;speed&gt; 2C &lt;speed&gt;</c>.</summary>
internal sealed class MizzzeeV2Handler(ProtocolDevice device) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate)
            return base.HandleOutput(command);
        var speed = (byte)command.Value;
        return [HardwareCommand.Write(Endpoints.Tx, [0x69, 0x96, 0x04, 0x02, speed, 0x2C, speed])];
    }
}
