using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Transports;

namespace ButtplugHost.Plugins.BluetoothLE.Tests.Core;

/// <summary>The core transport over a <see cref="FakeAdapter"/>, with a recording host; stopped at the end of each test.</summary>
public abstract class FakeStack : IAsyncLifetime
{
    internal FakeAdapter Adapter { get; } = new();

    internal ListLoggerFactory Logs { get; } = new();

    internal RecordingTransportHost Host { get; private set; } = new(TestDevices.Lovense());

    internal BluetoothLETransport Transport { get; private set; } = null!;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (Transport is not null)
            await Transport.StopAsync(CancellationToken.None);
    }

    /// <summary>Starts the transport; the host knows <paramref name="specifiers"/> (the Lovense one by default).</summary>
    internal async Task<BluetoothLETransport> StartAsync(params CommunicationSpecifier[] specifiers)
    {
        Host = new RecordingTransportHost(specifiers.Length == 0 ? [TestDevices.Lovense()] : specifiers);
        var options = new BluetoothLEOptions { ConnectTimeoutSeconds = 20, RetrySeconds = 0.05 };
        Transport = new BluetoothLETransport(options, Logs.CreateLogger("test"), Adapter);
        await Transport.StartAsync(Host, CancellationToken.None);
        return Transport;
    }

    /// <summary>Adds a Lovense-like device, scans until it is found, stops scanning, connects.</summary>
    internal async Task<(IHardware Hardware, FakeConnection Connection)> ConnectLovenseAsync(string address = TestDevices.Address)
    {
        var device = FakeDevice.Lovense(address);
        Adapter.Devices[address] = device;
        var identity = await FindAsync(device);
        var hardware = await Transport.ConnectAsync(identity, TestDevices.Lovense(), CancellationToken.None);
        return (hardware, Adapter.Connections.Last(c => c.Device == device));
    }

    internal async Task<DeviceIdentity> FindAsync(FakeDevice device)
    {
        await Transport.StartScanningAsync(CancellationToken.None);
        Adapter.Advertise(device.Advertisement());
        await Host.WaitUntilAsync(h => h.Found.Any(f => f.Address == device.Address), "device found");
        await Transport.StopScanningAsync(CancellationToken.None);
        return Host.Found.Last(f => f.Address == device.Address);
    }

    internal static Task<HardwareNotification> NextNotification(IHardware hardware)
    {
        var next = new TaskCompletionSource<HardwareNotification>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(object? sender, HardwareNotification n)
        {
            hardware.Notification -= Handler;
            next.TrySetResult(n);
        }
        hardware.Notification += Handler;
        return next.Task.WaitAsync(TimeSpan.FromSeconds(20));
    }

    internal static Task Disconnection(IHardware hardware)
    {
        var gone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hardware.Disconnected += (_, _) => gone.TrySetResult();
        return gone.Task;
    }
}
