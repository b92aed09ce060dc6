using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Nobra;

/// <summary>
/// Drives a Nobra toy with one byte on <c>tx</c>, without response: speed 1–15 is <c>60 + speed</c>;
/// <c>70</c> is "off", sent at start-up (so the toy starts at rest) and for speed 0.
/// </summary>
internal sealed class NobraHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    private const byte Off = 0x70;
    private const byte SpeedBase = 0x60;

    public override Task InitializeAsync(CancellationToken cancellationToken) =>
        Device.Hardware.WriteAsync(Endpoints.Tx, new[] { Off }, withResponse: false, cancellationToken);

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command is { Type: OutputType.Vibrate, FeatureIndex: 0 }
            ? [HardwareCommand.Write(Endpoints.Tx, [command.Value == 0 ? Off : (byte)(SpeedBase + command.Value)])]
            : base.HandleOutput(command);
}
