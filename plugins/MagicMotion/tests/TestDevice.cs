using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Plugins.MagicMotion.Tests;

/// <summary>Expected Magic Motion writes; devices are connected with the SDK's <c>ProtocolTestDevice</c>.</summary>
internal static class TestDevice
{
    public static HardwareCommand Tx(byte[] data, bool withResponse = false) => HardwareCommand.Write(Endpoints.Tx, data, withResponse);
}
