using System.Runtime.InteropServices;
using System.Text;

namespace ButtplugHost.Plugins.Serial.Tests;

/// <summary>
/// A real pseudo-terminal pair from libc. <see cref="SlavePath"/> (<c>/dev/pts/N</c>) is the tty the
/// code under test opens as a serial port; this object holds the master side and plays the device:
/// it collects what the port writes and can send bytes back. Disposing it closes the master, which
/// to the port looks like the device being unplugged.
/// </summary>
internal sealed partial class PseudoTerminal : IDisposable
{
    private const int O_RDWR = 2;
    private const int O_NOCTTY = 0x100;
    private const int O_CLOEXEC = 0x80000; // or a server started by the test inherits the master and the tty never hangs up
    private const short POLLIN = 1;

    private readonly int _master;
    private readonly Thread _reader;
    private readonly object _gate = new();
    private readonly List<byte> _received = [];
    private volatile bool _stopping;
    private bool _disposed;

    public PseudoTerminal()
    {
        if (!OperatingSystem.IsLinux())
            throw new PlatformNotSupportedException("The pseudo-terminal helper is for Linux.");
        _master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (_master < 0 || grantpt(_master) != 0 || unlockpt(_master) != 0)
            throw new IOException($"Cannot create a pseudo-terminal (errno {Marshal.GetLastPInvokeError()}).");
        SlavePath = SlaveName(_master);
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = $"pty {SlavePath}" };
        _reader.Start();
    }

    /// <summary>The tty to open as a serial port.</summary>
    public string SlavePath { get; }

    /// <summary>Everything the port has written so far.</summary>
    public byte[] Received { get { lock (_gate) return [.. _received]; } }

    public string ReceivedText => Encoding.ASCII.GetString(Received);

    /// <summary>Waits until the port has written at least <paramref name="count"/> bytes; returns all received.</summary>
    public async Task<byte[]> WaitForBytesAsync(int count, int timeoutMs = 5000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < deadline)
        {
            var received = Received;
            if (received.Length >= count)
                return received;
            await Task.Delay(10);
        }
        throw new TimeoutException($"Expected {count} bytes from the port, got {Received.Length}: '{ReceivedText}'.");
    }

    /// <summary>Sends bytes to the port, as the device.</summary>
    public unsafe void Send(byte[] data)
    {
        fixed (byte* p = data)
        {
            if (write(_master, p, (nuint)data.Length) != data.Length)
                throw new IOException($"write to pty master failed (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    public void Send(string text) => Send(Encoding.ASCII.GetBytes(text));

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _stopping = true;
        _reader.Join();
        close(_master);
    }

    private static unsafe string SlaveName(int master)
    {
        var name = stackalloc byte[128];
        if (ptsname_r(master, name, 128) != 0)
            throw new IOException($"ptsname_r failed (errno {Marshal.GetLastPInvokeError()}).");
        return Marshal.PtrToStringUTF8((nint)name)!;
    }

    private unsafe void ReadLoop()
    {
        var buffer = new byte[4096];
        var fds = new PollFd { Fd = _master, Events = POLLIN };
        while (!_stopping)
        {
            if (poll(&fds, 1, 20) <= 0 || (fds.Revents & POLLIN) == 0)
            {
                // POLLHUP without data: nobody has the tty open (yet, or any more). Don't spin.
                if (fds.Revents != 0)
                    Thread.Sleep(10);
                continue;
            }
            long n;
            fixed (byte* p = buffer)
                n = read(_master, p, (nuint)buffer.Length);
            if (n > 0)
            {
                lock (_gate)
                    _received.AddRange(buffer.AsSpan(0, (int)n));
            }
            else
            {
                Thread.Sleep(10); // EIO while the tty side is closed.
            }
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static unsafe partial int posix_openpt(int flags);

    [LibraryImport("libc", SetLastError = true)]
    private static unsafe partial int grantpt(int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static unsafe partial int unlockpt(int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static unsafe partial int ptsname_r(int fd, byte* buffer, nuint length);

    [LibraryImport("libc", SetLastError = true)]
    private static unsafe partial nint read(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", SetLastError = true)]
    private static unsafe partial nint write(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", SetLastError = true)]
    private static unsafe partial int poll(PollFd* fds, nuint count, int timeoutMs);

    [LibraryImport("libc", SetLastError = true)]
    private static unsafe partial int close(int fd);
}
