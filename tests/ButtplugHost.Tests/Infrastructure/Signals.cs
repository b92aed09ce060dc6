using System.Runtime.InteropServices;

namespace ButtplugHost.Tests.Infrastructure;

/// <summary>POSIX signals, to stop the server the way a service manager does.</summary>
internal static partial class Signals
{
    public const int SIGHUP = 1;
    public const int SIGINT = 2;
    public const int SIGQUIT = 3;
    public const int SIGTERM = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);
}
