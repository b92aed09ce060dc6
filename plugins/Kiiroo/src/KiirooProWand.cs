using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Kiiroo;

/// <summary><c>kiiroo-prowand</c>: Kiiroo ProWand and Luxus.</summary>
public sealed class KiirooProWandProtocol() : ProtocolBase("kiiroo-prowand")
{
    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new KiirooProWandHandler(device);
}

/// <summary><c>00 00 64 on speed speed</c> on <c>tx</c>, where <c>on</c> is ff while running; battery from the BLE battery service.</summary>
internal sealed class KiirooProWandHandler(ProtocolDevice device) : KiirooHandler(device)
{
    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate || !HasOutput(command.FeatureIndex, command.Type))
            throw Unsupported(command);
        var speed = ByteValue(command);
        return [HardwareCommand.Write(Endpoints.Tx, [0x00, 0x00, 0x64, speed == 0 ? (byte)0x00 : (byte)0xff, speed, speed])];
    }

    public override Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken) =>
        ReadBatteryAsync(featureIndex, type, Endpoints.RxBleBattery, 0, null, cancellationToken);
}
