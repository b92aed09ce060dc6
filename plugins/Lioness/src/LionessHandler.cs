using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lioness;

/// <summary>
/// Drives a Lioness. Start-up subscribes to <c>rx</c> and writes <c>01 AA AA BB CC 10</c>
/// (acknowledged); that write fails until the toy is paired with the operating system, which the error
/// says. Each speed (0–100) is the packet <c>02 AA BB CC CC &lt;speed&gt;</c> on <c>tx</c>.
/// </summary>
internal sealed class LionessHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private static readonly byte[] StartCommand = [0x01, 0xAA, 0xAA, 0xBB, 0xCC, 0x10];

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await Device.Hardware.SubscribeAsync(Endpoints.Rx, cancellationToken);
        try
        {
            await Device.Hardware.WriteAsync(Endpoints.Tx, StartCommand, withResponse: true, cancellationToken);
        }
        catch (HardwareException e)
        {
            throw new ProtocolException("The Lioness refused its start-up packet; it may need pairing with the operating system first (PIN 6496 or 006496).", e);
        }
    }

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command.Type == OutputType.Vibrate
            ? [HardwareCommand.Write(Endpoints.Tx, [0x02, 0xAA, 0xBB, 0xCC, 0xCC, (byte)command.Value])]
            : base.HandleOutput(command);
}
