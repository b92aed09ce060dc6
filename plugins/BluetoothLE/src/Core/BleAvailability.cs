namespace ButtplugHost.Plugins.BluetoothLE.Core;

/// <summary>Whether the OS stack can scan and connect now; if not, why and how to fix it, in plain words.</summary>
/// <param name="IsAvailable">True when scanning and connecting can work.</param>
/// <param name="Description">Available: what is used (e.g. the adapter). Unavailable: the reason and the fix.</param>
/// <param name="IsPermanent">Unavailable for good on this system (wrong OS): not worth probing again.</param>
internal sealed record BleAvailability(bool IsAvailable, string Description, bool IsPermanent = false)
{
    /// <summary>Usable; <paramref name="what"/> names the adapter in use.</summary>
    public static BleAvailability Available(string what) => new(true, what);

    /// <summary>Not usable now; <paramref name="reason"/> says what is missing and how to fix it.</summary>
    public static BleAvailability Unavailable(string reason) => new(false, reason);

    /// <summary>Never usable on this system.</summary>
    public static BleAvailability Never(string reason) => new(false, reason, IsPermanent: true);
}
