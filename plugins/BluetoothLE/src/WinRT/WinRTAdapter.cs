using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.Versioning;
using ButtplugHost.Plugins.BluetoothLE.Core;
using Windows.Devices.Bluetooth;
using Windows.Devices.Bluetooth.Advertisement;
using Windows.Devices.Radios;
using Windows.Storage.Streams;

namespace ButtplugHost.Plugins.BluetoothLE.WinRT;

/// <summary>
/// Windows: the WinRT Bluetooth LE API (Windows.Devices.Bluetooth, .Advertisement,
/// .GenericAttributeProfile). Thin on purpose: it only translates; the core does the rest. Not run in
/// CI (no Windows, no radio): compiled there, exercised by hand with scripts/check-windows-ble.ps1.
/// </summary>
[SupportedOSPlatform("windows10.0.19041.0")]
internal sealed class WinRTAdapter : IBleAdapter
{
    private readonly ConcurrentDictionary<ulong, string> _names = new();
    private BluetoothAdapter? _adapter;
    private Radio? _radio;
    private BluetoothLEAdvertisementWatcher? _watcher;

    public string Name => "WinRT";

    public event Action? Changed;

    public event Action<BleAdvertisement>? AdvertisementReceived;

    public async Task<BleAvailability> ProbeAsync(CancellationToken cancellationToken)
    {
        if (_adapter is null)
        {
            _adapter = await BluetoothAdapter.GetDefaultAsync();
            if (_adapter is null)
                return BleAvailability.Unavailable("no Bluetooth adapter found: plug one in, or turn Bluetooth on in Settings > Bluetooth & devices");
            if (!_adapter.IsLowEnergySupported)
            {
                _adapter = null;
                return BleAvailability.Unavailable("the Bluetooth adapter does not support Bluetooth LE: use a Bluetooth 4.0 or newer adapter");
            }
            _radio = await _adapter.GetRadioAsync();
            if (_radio is not null)
                _radio.StateChanged += OnRadioStateChanged;
        }
        if (_radio is { State: not RadioState.On })
            return BleAvailability.Unavailable($"Bluetooth is turned off ({_radio.State}): turn it on in Settings > Bluetooth & devices");
        return BleAvailability.Available($"WinRT adapter {FormatAddress(_adapter.BluetoothAddress)}");
    }

    public Task StartScanAsync(IReadOnlyList<Guid> services, CancellationToken cancellationToken)
    {
        // No OS-side service filter: WinRT's filter wants every listed service at once; the core filters.
        var watcher = new BluetoothLEAdvertisementWatcher { ScanningMode = BluetoothLEScanningMode.Active };
        watcher.Received += OnReceived;
        watcher.Stopped += OnStopped;
        watcher.Start();
        if (watcher.Status is BluetoothLEAdvertisementWatcherStatus.Aborted)
            throw new BleException("Windows refused to start the Bluetooth LE scan (is Bluetooth on and is the app allowed to use it?)");
        _watcher = watcher;
        return Task.CompletedTask;
    }

    public Task StopScanAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _watcher, null) is { } watcher)
        {
            watcher.Received -= OnReceived;
            watcher.Stopped -= OnStopped;
            watcher.Stop();
        }
        return Task.CompletedTask;
    }

    public async Task<IBleConnection> ConnectAsync(string address, CancellationToken cancellationToken)
    {
        var device = await BluetoothLEDevice.FromBluetoothAddressAsync(ParseAddress(address)).AsTask(cancellationToken)
            ?? throw new BleException($"Windows does not know the device {address} (any more)");
        try
        {
            return await WinRTConnection.OpenAsync(device, cancellationToken);
        }
        catch
        {
            device.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopScanAsync(CancellationToken.None);
        if (_radio is not null)
            _radio.StateChanged -= OnRadioStateChanged;
    }

    private void OnRadioStateChanged(Radio sender, object args) => Changed?.Invoke();

    // The watcher stops by itself when the radio goes off or away: let the core find out why.
    private void OnStopped(BluetoothLEAdvertisementWatcher sender, BluetoothLEAdvertisementWatcherStoppedEventArgs args) => Changed?.Invoke();

    private void OnReceived(BluetoothLEAdvertisementWatcher sender, BluetoothLEAdvertisementReceivedEventArgs args)
    {
        var advertisement = args.Advertisement;
        // A name often comes in only one of the advertisement and the scan response: remember it.
        var name = advertisement.LocalName;
        if (string.IsNullOrEmpty(name))
            name = _names.TryGetValue(args.BluetoothAddress, out var known) ? known : "";
        else
            _names[args.BluetoothAddress] = name;
        var manufacturer = new Dictionary<ushort, byte[]>();
        foreach (var data in advertisement.ManufacturerData)
            manufacturer[data.CompanyId] = ToArray(data.Data);
        AdvertisementReceived?.Invoke(new BleAdvertisement(FormatAddress(args.BluetoothAddress), name, args.RawSignalStrengthInDBm,
            [.. advertisement.ServiceUuids], manufacturer));
    }

    internal static byte[] ToArray(IBuffer buffer)
    {
        var bytes = new byte[buffer.Length];
        using var reader = DataReader.FromBuffer(buffer);
        reader.ReadBytes(bytes);
        return bytes;
    }

    internal static IBuffer ToBuffer(ReadOnlyMemory<byte> data)
    {
        using var writer = new DataWriter();
        writer.WriteBytes(data.ToArray());
        return writer.DetachBuffer();
    }

    private static string FormatAddress(ulong address) =>
        string.Join(':', Enumerable.Range(0, 6).Select(i => ((byte)(address >> (8 * (5 - i)))).ToString("X2", CultureInfo.InvariantCulture)));

    private static ulong ParseAddress(string address) =>
        ulong.TryParse(address.Replace(":", "", StringComparison.Ordinal), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new BleException($"'{address}' is not a Bluetooth address");
}
