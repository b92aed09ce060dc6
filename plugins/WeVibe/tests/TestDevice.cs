using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Plugins.WeVibe.Tests;

/// <summary>Expected We-Vibe writes; devices are connected with the SDK's <c>ProtocolTestDevice</c>.</summary>
internal static class TestDevice
{
    /// <summary>A write to <c>tx</c> with response, the only command the We-Vibe variants send.</summary>
    public static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, withResponse: true);
}
