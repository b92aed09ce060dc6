using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Kiiroo;

/// <summary><c>kiiroo-powershot</c>: the two-motor Kiiroo PowerShot.</summary>
public sealed class KiirooPowerShotProtocol() : ProtocolBase("kiiroo-powershot")
{
    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new KiirooPowerShotHandler(device);
}

/// <summary>Both motors in one frame, <c>01 00 00 m0 m1 00</c>, written with response; battery from the BLE battery service.</summary>
internal sealed class KiirooPowerShotHandler(ProtocolDevice device) : KiirooHandler(device)
{
    private readonly byte[] _speeds = new byte[2];

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands) =>
        ApplySpeeds(_speeds, commands) ? [HardwareCommand.Write(Endpoints.Tx, [0x01, 0x00, 0x00, _speeds[0], _speeds[1], 0x00], withResponse: true)] : [];

    public override Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken) =>
        ReadBatteryAsync(featureIndex, type, Endpoints.RxBleBattery, 0, null, cancellationToken);
}
