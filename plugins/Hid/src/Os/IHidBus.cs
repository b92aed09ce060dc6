namespace ButtplugHost.Plugins.Hid.Os;

/// <summary>
/// The OS's HID layer, as thin as possible: list device nodes, open one. Linux hidraw and the Windows
/// HID API implement it; tests use an in-memory fake. Everything else (matching, hot-plug, reports as
/// endpoints, the dongle protocol) sits above it and is tested against the fake.
/// </summary>
internal interface IHidBus
{
    /// <summary>Short name for log lines (<c>hidraw</c>, <c>Windows HID</c>).</summary>
    string Name { get; }

    /// <summary>Whether HID exists on this system at all; when not, <paramref name="reason"/> says why.</summary>
    bool IsSupported(out string reason);

    /// <summary>The HID nodes present now. Never throws for a node that vanishes while listing.</summary>
    IReadOnlyList<HidDeviceInfo> Enumerate();

    /// <summary>Whether this process may open <paramref name="device"/> for reading and writing.</summary>
    bool CanOpen(HidDeviceInfo device);

    /// <summary>Opens a node for reading and writing reports.</summary>
    /// <exception cref="HidOpenException">It cannot be opened; <see cref="HidOpenException.AccessDenied"/> tells permissions apart.</exception>
    IHidDevice Open(HidDeviceInfo device);

    /// <summary>What a user does so this process may open <paramref name="device"/> (udev rule, …), for the log.</summary>
    string AccessAdvice(HidDeviceInfo device);
}
