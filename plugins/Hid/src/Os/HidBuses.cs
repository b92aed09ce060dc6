using ButtplugHost.Plugins.Hid.Os.Linux;
using ButtplugHost.Plugins.Hid.Os.Windows;

namespace ButtplugHost.Plugins.Hid.Os;

/// <summary>Picks the OS layer of the running system.</summary>
internal static class HidBuses
{
    public static IHidBus ForThisSystem() => OperatingSystem.IsWindows() ? new WindowsHidBus() : new LinuxHidBus();
}
