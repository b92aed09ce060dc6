using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.WeToy;

/// <summary>
/// Drives the MiNa. Every packet is acknowledged on <c>tx</c>: speed 1–3 is <c>B2 (speed - 1)</c>;
/// <c>80 03</c> is "off", sent at start-up (so the toy starts at rest) and for speed 0.
/// </summary>
internal sealed class WeToyHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private static readonly byte[] Off = [0x80, 0x03];
    private const byte SpeedCommand = 0xB2;

    public override Task InitializeAsync(CancellationToken cancellationToken) =>
        Device.Hardware.WriteAsync(Endpoints.Tx, Off, withResponse: true, cancellationToken);

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command is not { Type: OutputType.Vibrate, FeatureIndex: 0 })
            return base.HandleOutput(command);
        byte[] packet = command.Value == 0 ? Off : [SpeedCommand, (byte)(command.Value - 1)];
        return [HardwareCommand.Write(Endpoints.Tx, packet, withResponse: true)];
    }
}
