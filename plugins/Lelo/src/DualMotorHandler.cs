using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lelo;

/// <summary>
/// F1s packet: <c>[0x01, speed0, speed1]</c> to <c>tx</c>; both motors in every packet, so the handler
/// keeps the last speed of each. The V1 writes unacknowledged, the V2 acknowledged.
/// </summary>
internal sealed class DualMotorHandler(ProtocolDevice device, IConnectionStep connection, bool withResponse) : ProtocolHandler(device)
{
    private readonly byte[] _speeds = new byte[2];

    public override Task InitializeAsync(CancellationToken cancellationToken) =>
        connection.RunAsync(Device.Hardware, Device.Logger, cancellationToken);

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        var next = (byte[])_speeds.Clone();
        foreach (var command in commands)
        {
            if (command.Type != OutputType.Vibrate || command.FeatureIndex is < 0 or > 1)
                return HandleOutput(command);
            next[command.FeatureIndex] = (byte)command.Value;
        }
        if (commands.Count == 0)
            return [];
        next.CopyTo(_speeds, 0);
        return [HardwareCommand.Write(Endpoints.Tx, [0x01, _speeds[0], _speeds[1]], withResponse)];
    }
}
