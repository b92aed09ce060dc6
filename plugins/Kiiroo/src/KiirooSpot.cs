using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Kiiroo;

/// <summary><c>kiiroo-spot</c>: the Kiiroo Spot (advertised as "SPOT W1").</summary>
public sealed class KiirooSpotProtocol() : ProtocolBase("kiiroo-spot")
{
    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new KiirooSpotHandler(device);
}

/// <summary><c>00 ff 00 00 00 speed</c> on <c>tx</c>; battery from the BLE battery service.</summary>
internal sealed class KiirooSpotHandler(ProtocolDevice device) : KiirooHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate || !HasOutput(command.FeatureIndex, command.Type))
            throw Unsupported(command);
        return [HardwareCommand.Write(Endpoints.Tx, [0x00, 0xff, 0x00, 0x00, 0x00, ByteValue(command)])];
    }

    public override Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken) =>
        ReadBatteryAsync(featureIndex, type, Endpoints.RxBleBattery, 0, null, cancellationToken);
}
