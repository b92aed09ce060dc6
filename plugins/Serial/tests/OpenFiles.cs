namespace ButtplugHost.Plugins.Serial.Tests;

/// <summary>What this process has open, from /proc/self/fd: proves which ports were (not) opened.</summary>
internal static class OpenFiles
{
    public static bool IsOpen(string path) =>
        Directory.EnumerateFileSystemEntries("/proc/self/fd").Any(fd =>
        {
            try
            {
                return new FileInfo(fd).LinkTarget == path;
            }
            catch (IOException)
            {
                return false; // the descriptor closed while we looked
            }
        });
}
