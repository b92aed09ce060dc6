using System.Text;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Tests.Infrastructure;

/// <summary>The writes a <see cref="MemoryHardware"/> recorded, as ASCII text, and a wait for them.</summary>
internal static class MemoryHardwareWrites
{
    public static List<string> AsciiWrites(this MemoryHardware hardware) => [.. hardware.Writes.Select(w => Encoding.ASCII.GetString(w.Data))];

    /// <summary>Waits (on the hardware's event, at most <paramref name="bound"/>) until <paramref name="count"/> writes were made.</summary>
    public static async Task<List<string>> WaitForAsciiWritesAsync(this MemoryHardware hardware, int count, TimeSpan bound)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        EventHandler<HardwareOperation> check = (_, _) =>
        {
            if (hardware.Writes.Count >= count)
                reached.TrySetResult();
        };
        hardware.OperationRecorded += check;
        try
        {
            if (hardware.Writes.Count < count)
                await reached.Task.WaitAsync(bound);
        }
        finally
        {
            hardware.OperationRecorded -= check;
        }
        return hardware.AsciiWrites();
    }
}
