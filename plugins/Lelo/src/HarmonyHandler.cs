using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lelo;

/// <summary>
/// Harmony packet, one per motor: <c>[0x0A, 0x12, motor, 0x08, 0, 0, 0, 0, speed, 0]</c> to <c>tx</c>,
/// unacknowledged, where motor is the feature index + 1. Vibrators and rotators are driven alike.
/// </summary>
internal sealed class HarmonyHandler(ProtocolDevice device, IConnectionStep connection) : ProtocolHandler(device)
{
    public override Task InitializeAsync(CancellationToken cancellationToken) =>
        connection.RunAsync(Device.Hardware, Device.Logger, cancellationToken);

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type is not (OutputType.Vibrate or OutputType.Rotate) || command.FeatureIndex is < 0 or > 254)
            return base.HandleOutput(command);
        byte[] packet = [0x0A, 0x12, (byte)(command.FeatureIndex + 1), 0x08, 0x00, 0x00, 0x00, 0x00, (byte)command.Value, 0x00];
        return [HardwareCommand.Write(Endpoints.Tx, packet)];
    }
}
