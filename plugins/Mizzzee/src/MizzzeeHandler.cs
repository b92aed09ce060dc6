using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Mizzzee;

/// <summary>
/// Drives a first-generation Mizz Zee: one packet per speed on <c>tx</c>,
/// <c>69 96 03 01 &lt;on&gt; &lt;speed&gt;</c>, where <c>on</c> is 1 while the speed is not 0.
/// </summary>
internal sealed class MizzzeeHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate)
            return base.HandleOutput(command);
        var speed = (byte)command.Value;
        return [HardwareCommand.Write(Endpoints.Tx, [0x69, 0x96, 0x03, 0x01, speed == 0 ? (byte)0 : (byte)1, speed])];
    }
}
