using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Sensee.Tests;

/// <summary>Sensee toys answer a read of <c>tx</c> with their device information; byte 6 is the device type.</summary>
internal static class TestDevice
{
    /// <summary>The device information of the reference's Capsule case: device type 0x66.</summary>
    public static readonly byte[] CapsuleInfo = [0x55, 0xaa, 0xf0, 0x02, 0x01, 0x0a, 0x66, 0xfa, 0x01, 0x00, 0x00, 0x01, 0xff, 0x05, 0xa6];

    public static Task<ProtocolTestDevice> ConnectAsync(string name, byte[]? info = null) =>
        ProtocolTestDevice.ConnectAsync(new SenseeV2Protocol(), name, hardware => hardware.SetReadValue(Endpoints.Tx, info ?? CapsuleInfo));

    public static HardwareCommand Tx(string hex) => HardwareCommand.Write(Endpoints.Tx, Convert.FromHexString(hex));
}
