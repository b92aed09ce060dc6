using System.Text;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.MonsterPub.Tests;

/// <summary>MonsterPub toys report their model in <c>rxblemodel</c>; which other endpoints they have varies by model.</summary>
internal static class TestDevice
{
    /// <summary>Endpoints of a toy written on <c>tx</c>, stopped on <c>txmode</c>.</summary>
    public static readonly string[] TxToy = [Endpoints.Tx, Endpoints.TxMode, Endpoints.RxBleModel];

    /// <summary>Endpoints of a toy written on <c>txvibrate</c> (it has <c>tx</c> too).</summary>
    public static readonly string[] TxVibrateToy = [Endpoints.Tx, Endpoints.TxMode, Endpoints.TxVibrate, Endpoints.RxBleModel];

    /// <summary>Endpoints of a Tracy's Dog toy written on <c>generic0</c>.</summary>
    public static readonly string[] Generic0Toy = [Endpoints.Generic(0), Endpoints.RxBleModel];

    /// <summary>Connects a toy advertising <paramref name="name"/> whose model characteristic holds <paramref name="model"/> plus NUL padding.</summary>
    public static Task<ProtocolTestDevice> ConnectAsync(string model, string[] endpoints, string name = "MonsterPub", byte[]? challenge = null) =>
        ProtocolTestDevice.ConnectAsync(new MonsterPubProtocol(), name, hardware =>
        {
            hardware.SetReadValue(Endpoints.RxBleModel, [.. Encoding.UTF8.GetBytes(model), 0, 0, 0]);
            if (challenge is not null)
                hardware.SetReadValue(Endpoints.Rx, challenge);
        }, endpoints);

    public static HardwareCommand Write(string endpoint, params byte[] data) => HardwareCommand.Write(endpoint, data);
}
