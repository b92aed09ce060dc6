using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.LoveDistance;

/// <summary>
/// Drives one Love Distance toy: two start-up packets on <c>tx</c> (the vibrator at 0, then
/// <c>F4 01</c>, which the toy needs before it takes speeds), then <c>[F3 00 speed]</c> per command.
/// </summary>
internal sealed class LoveDistanceHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte SpeedHeader = 0xF3;
    private static readonly byte[] Enable = [0xF4, 0x01];

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await Device.Hardware.WriteAsync(Endpoints.Tx, SpeedPacket(0), withResponse: false, cancellationToken);
        await Device.Hardware.WriteAsync(Endpoints.Tx, Enable, withResponse: false, cancellationToken);
    }

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command.Type == OutputType.Vibrate
            ? [HardwareCommand.Write(Endpoints.Tx, SpeedPacket((byte)command.Value))]
            : base.HandleOutput(command);

    private static byte[] SpeedPacket(byte speed) => [SpeedHeader, 0x00, speed];
}
