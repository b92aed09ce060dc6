using ButtplugHost.Plugins.BluetoothLE.Tests.Mock;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.BlueZ;

/// <summary>A fresh mock BlueZ (private bus + dbusmock) for every test, and a transport that is stopped afterwards.</summary>
public abstract class MockBlueZTestBase : IAsyncLifetime
{
    private readonly List<BluetoothLETransport> _transports = [];

    internal BluezMock Mock { get; private set; } = null!;

    internal ListLoggerFactory Logs { get; } = new();

    public async Task InitializeAsync() => Mock = await BluezMock.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var transport in _transports)
            await transport.StopAsync(CancellationToken.None);
        await Mock.DisposeAsync();
    }

    /// <summary>A started transport on the mock's bus.</summary>
    internal async Task<BluetoothLETransport> StartTransportAsync(RecordingTransportHost host, params (string Key, string Value)[] settings)
    {
        var transport = TestDevices.Transport(Mock.BusAddress, Logs, settings);
        _transports.Add(transport);
        await transport.StartAsync(host, CancellationToken.None);
        return transport;
    }

    public static byte[] Ascii(string text) => System.Text.Encoding.ASCII.GetBytes(text);
}
