namespace ButtplugHost.Plugins.Hid.Os;

/// <summary>
/// An open HID node. Reports are raw bytes whose first byte is the report id (0 for a device without
/// numbered reports) for output and feature reports; input reports are returned as the OS delivers them
/// (hidraw: without the id byte when the device has no numbered reports). Reads and writes may come
/// from different threads at once.
/// </summary>
internal interface IHidDevice : IDisposable
{
    /// <summary>Sends an output report (interrupt OUT, or SET_REPORT when the device has none).</summary>
    /// <exception cref="IOException">The write failed; the device is probably gone.</exception>
    void WriteOutputReport(ReadOnlySpan<byte> report);

    /// <summary>Sends a feature report (SET_REPORT Feature).</summary>
    /// <exception cref="IOException">The write failed.</exception>
    void SendFeatureReport(ReadOnlySpan<byte> report);

    /// <summary>
    /// Waits up to <paramref name="timeoutMs"/> for one input report. Returns its length, 0 when none
    /// came in time.
    /// </summary>
    /// <exception cref="IOException">The device is gone (unplugged) or the read failed.</exception>
    int ReadInputReport(Span<byte> buffer, int timeoutMs);
}
