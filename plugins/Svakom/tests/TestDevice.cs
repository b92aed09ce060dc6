using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Svakom.Tests;

/// <summary>What Svakom tests need beyond <see cref="ProtocolTestDevice"/>: protocols by name, legacy Scalar messages, expected writes.</summary>
internal static class TestDevice
{
    /// <summary>Connects a toy of the protocol named <paramref name="protocol"/> advertising <paramref name="name"/> (by default with tx and rx).</summary>
    public static async Task<ProtocolTestDevice> ConnectAsync(string protocol, string name, params string[] endpoints)
    {
        var device = await ProtocolTestDevice.ConnectAsync(SvakomProtocol.Named(protocol), name,
            endpoints: endpoints.Length > 0 ? endpoints : [Endpoints.Tx, Endpoints.Rx]);
        Assert.True(device.Model.IsKnownModel || device.Model.Identifier == name, $"{name} should resolve in {protocol}");
        return device;
    }

    /// <summary>The translation of a legacy Scalar message.</summary>
    public static IReadOnlyList<HardwareCommand> Scalar(this ProtocolTestDevice device, params (int Index, double Value, OutputType Type)[] values) =>
        device.Translate([.. values.Select(v => device.LegacyScalar(v.Index, v.Type, v.Value))]);

    public static IReadOnlyList<HardwareCommand> Stop(this ProtocolTestDevice device) => device.Handler.HandleStop();

    public static HardwareCommand Tx(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data);

    public static HardwareCommand TxAck(params byte[] data) => HardwareCommand.Write(Endpoints.Tx, data, withResponse: true);
}
