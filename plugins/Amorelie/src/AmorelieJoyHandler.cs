using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Amorelie;

/// <summary>
/// Drives one Amorelie Joy toy: <c>03</c> on <c>tx</c> at start-up, then
/// <c>[01, pattern, speed]</c> per command with pattern 1 (steady vibration) and speed 0–100.
/// </summary>
internal sealed class AmorelieJoyHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte Header = 0x01;
    private const byte SteadyPattern = 0x01;
    private static readonly byte[] Start = [0x03];

    public override Task InitializeAsync(CancellationToken cancellationToken) =>
        Device.Hardware.WriteAsync(Endpoints.Tx, Start, withResponse: false, cancellationToken);

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command.Type == OutputType.Vibrate
            ? [HardwareCommand.Write(Endpoints.Tx, [Header, SteadyPattern, (byte)command.Value])]
            : base.HandleOutput(command);
}
