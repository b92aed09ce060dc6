using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Kiiroo.Tests;

/// <summary>What Kiiroo tests need beyond <see cref="ProtocolTestDevice"/>: timed moves and expected writes.</summary>
internal static class TestDevice
{
    /// <summary>The translation of a linear move given as a legacy float position and a duration.</summary>
    public static IReadOnlyList<HardwareCommand> Linear(this ProtocolTestDevice device, int featureIndex, double position, uint durationMs) =>
        device.Translate(device.LegacyLinear(featureIndex, position, durationMs));

    public static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    public static HardwareCommand TxWithResponse(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, withResponse: true);
}
