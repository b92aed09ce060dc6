using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ButtplugHost.Plugins.Hid.Os.Windows;

/// <summary>
/// An open Windows HID node: overlapped file I/O through a FileStream (WriteFile for output reports,
/// ReadFile for input reports, both as long as the device's report length), HidD_SetFeature for features.
/// </summary>
internal sealed class WindowsHidDevice : IHidDevice
{
    private readonly string _path;
    private readonly SafeFileHandle _handle;
    private readonly FileStream _stream;
    private readonly int _outputLength;
    private readonly int _inputLength;
    private Task<int>? _pendingRead;
    private byte[] _readBuffer;

    private WindowsHidDevice(string path, SafeFileHandle handle, int outputLength, int inputLength)
    {
        _path = path;
        _handle = handle;
        _outputLength = outputLength;
        _inputLength = inputLength;
        _readBuffer = new byte[Math.Max(inputLength, 1)];
        _stream = new FileStream(handle, FileAccess.ReadWrite, 0, isAsync: true);
    }

    public static WindowsHidDevice Open(string path)
    {
        var handle = Native.CreateFile(path, Native.GenericRead | Native.GenericWrite, Native.FileShareRead | Native.FileShareWrite, 0, Native.OpenExisting, Native.FileFlagOverlapped, 0);
        if (handle.IsInvalid)
        {
            var error = Marshal.GetLastPInvokeError();
            handle.Dispose();
            throw new HidOpenException($"cannot open {path}: Win32 error {error}", error is Native.ErrorAccessDenied or Native.ErrorSharingViolation);
        }
        var (output, input) = ReportLengths(handle);
        return new WindowsHidDevice(path, handle, output, input);
    }

    public void WriteOutputReport(ReadOnlySpan<byte> report)
    {
        // Windows wants exactly the device's output report length, report id first.
        var buffer = new byte[Math.Max(_outputLength, report.Length)];
        report.CopyTo(buffer);
        _stream.Write(buffer);
    }

    public unsafe void SendFeatureReport(ReadOnlySpan<byte> report)
    {
        fixed (byte* data = report)
        {
            if (!Native.HidDSetFeature(_handle, data, report.Length))
                throw new IOException($"feature report to {_path} failed: Win32 error {Marshal.GetLastPInvokeError()}");
        }
    }

    public int ReadInputReport(Span<byte> buffer, int timeoutMs)
    {
        // One overlapped read stays pending across timeouts, so no report is lost between calls.
        _pendingRead ??= _stream.ReadAsync(_readBuffer, 0, _readBuffer.Length);
        if (!_pendingRead.Wait(timeoutMs))
            return 0;
        var read = _pendingRead;
        _pendingRead = null;
        var count = read.GetAwaiter().GetResult();
        if (count == 0)
            throw new IOException($"{_path} is gone (device unplugged)");
        // Windows returns the report id first; 0 means the device has no numbered reports.
        var (start, length) = _readBuffer[0] == 0 ? (1, count - 1) : (0, count);
        _readBuffer.AsSpan(start, Math.Min(length, buffer.Length)).CopyTo(buffer);
        _readBuffer = new byte[_readBuffer.Length];
        return Math.Min(length, buffer.Length);
    }

    public void Dispose()
    {
        _stream.Dispose();
        _handle.Dispose();
    }

    private static (int Output, int Input) ReportLengths(SafeFileHandle handle)
    {
        if (!Native.HidDGetPreparsedData(handle, out var preparsed))
            return (65, 65);
        try
        {
            return Native.HidPGetCaps(preparsed, out var caps) == Native.HidpStatusSuccess
                ? (caps.OutputReportByteLength, caps.InputReportByteLength)
                : (65, 65);
        }
        finally
        {
            Native.HidDFreePreparsedData(preparsed);
        }
    }
}
