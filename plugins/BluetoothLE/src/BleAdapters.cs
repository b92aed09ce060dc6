using ButtplugHost.Plugins.BluetoothLE.BlueZ;
using ButtplugHost.Plugins.BluetoothLE.Core;
using ButtplugHost.Plugins.BluetoothLE.WinRT;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.BluetoothLE;

/// <summary>Picks the OS adapter: this system's (BlueZ on Linux, WinRT on Windows) or the configured <see cref="BluetoothLEOptions.Backend"/>.</summary>
internal static class BleAdapters
{
    public const string WindowsOnly = "Windows only: the WinRT Bluetooth LE adapter needs Windows 10 version 2004 (build 19041) or newer";
    public const string LinuxOnly = "Linux only: the BlueZ adapter needs Linux with BlueZ";

    public static IBleAdapter For(BluetoothLEOptions options, ILogger logger)
    {
        var backend = string.IsNullOrWhiteSpace(options.Backend) || options.Backend.Equals("auto", StringComparison.OrdinalIgnoreCase)
            ? OperatingSystem.IsWindows() ? "WinRT" : OperatingSystem.IsLinux() ? "BlueZ" : null
            : options.Backend.Trim();
        return backend?.ToUpperInvariant() switch
        {
            "BLUEZ" => OperatingSystem.IsLinux() ? new BlueZAdapter(options, logger) : new UnsupportedAdapter("BlueZ", LinuxOnly),
            "WINRT" => OperatingSystem.IsWindowsVersionAtLeast(10, 0, 19041) ? new WinRTAdapter() : new UnsupportedAdapter("WinRT", WindowsOnly),
            null => new UnsupportedAdapter("none",
                $"no Bluetooth LE adapter for {System.Runtime.InteropServices.RuntimeInformation.OSDescription}: Linux (BlueZ) and Windows (WinRT) are supported; macOS is not yet (see docs/bluetooth-le.md)"),
            _ => new UnsupportedAdapter(options.Backend!, $"unknown {BluetoothLEOptions.Section}:Backend '{options.Backend}': use auto, BlueZ or WinRT"),
        };
    }
}
