using System.Runtime.InteropServices;

namespace ButtplugHost.Plugins.Hid.Os.Linux;

/// <summary>
/// An open <c>/dev/hidrawN</c>: a non-blocking descriptor; a read waits with poll() so it can time out
/// (a blocking read on a character device cannot be interrupted by closing it). An unplugged device makes
/// poll report a hang-up and read fail with EIO: both are an <see cref="IOException"/>.
/// </summary>
internal sealed class LinuxHidDevice : IHidDevice
{
    private readonly string _path;
    private int _fd;

    private LinuxHidDevice(string path, int fd)
    {
        _path = path;
        _fd = fd;
    }

    public static LinuxHidDevice Open(string path)
    {
        var fd = Libc.Open(path, Libc.ORdWr | Libc.ONonBlock | Libc.OCloExec);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new HidOpenException($"cannot open {path}: {Libc.Describe(errno)}", errno is Libc.EAcces or Libc.EPerm);
        }
        return new LinuxHidDevice(path, fd);
    }

    public unsafe void WriteOutputReport(ReadOnlySpan<byte> report)
    {
        fixed (byte* data = report)
        {
            while (true)
            {
                var written = Libc.Write(Fd, data, report.Length);
                if (written >= 0)
                    return;
                var errno = Marshal.GetLastPInvokeError();
                if (errno == Libc.EIntr)
                    continue;
                if (errno == Libc.EAgain && WaitFor(0x4 /* POLLOUT */, 1000))
                    continue;
                throw new IOException($"write to {_path} failed: {Libc.Describe(errno)}");
            }
        }
    }

    public unsafe void SendFeatureReport(ReadOnlySpan<byte> report)
    {
        // The ioctl takes a writable buffer (the kernel may read it back); copy the caller's bytes.
        var buffer = report.ToArray();
        fixed (byte* data = buffer)
        {
            if (Libc.Ioctl(Fd, HidrawIoctl.SetFeature(buffer.Length), data) < 0)
                throw new IOException($"feature report to {_path} failed: {Libc.Describe(Marshal.GetLastPInvokeError())}");
        }
    }

    public unsafe int ReadInputReport(Span<byte> buffer, int timeoutMs)
    {
        if (!WaitFor(Libc.PollIn, timeoutMs))
            return 0;
        fixed (byte* data = buffer)
        {
            var count = Libc.Read(Fd, data, buffer.Length);
            if (count >= 0)
                return (int)count;
            var errno = Marshal.GetLastPInvokeError();
            if (errno is Libc.EAgain or Libc.EIntr)
                return 0;
            throw new IOException($"read from {_path} failed: {Libc.Describe(errno)}");
        }
    }

    public void Dispose()
    {
        var fd = Interlocked.Exchange(ref _fd, -1);
        if (fd >= 0)
            Libc.Close(fd);
    }

    private int Fd => _fd >= 0 ? _fd : throw new IOException($"{_path} is closed.");

    // True when the descriptor is ready for `events`; false on timeout; IOException on hang-up or error.
    private unsafe bool WaitFor(short events, int timeoutMs)
    {
        var poll = new Libc.PollFd { Fd = Fd, Events = events };
        var ready = Libc.Poll(&poll, 1, timeoutMs);
        if (ready < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno == Libc.EIntr ? false : throw new IOException($"poll on {_path} failed: {Libc.Describe(errno)}");
        }
        if (ready == 0)
            return false;
        if ((poll.REvents & (Libc.PollErr | Libc.PollHup | Libc.PollNval)) != 0 && (poll.REvents & events) == 0)
            throw new IOException($"{_path} is gone (device unplugged)");
        return true;
    }
}
