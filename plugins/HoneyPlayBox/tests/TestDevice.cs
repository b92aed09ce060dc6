using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.HoneyPlayBox.Tests;

/// <summary>Honey Play Box toys that answer the handshake, on a fake clock (no real timer ever fires).</summary>
internal static class TestDevice
{
    /// <summary>The handshake frame with counter 0.</summary>
    public static readonly byte[] Handshake = Convert.FromHexString("02a55a55aaf000b10100020010033686");

    /// <summary>The session key <see cref="Answer"/> hands out.</summary>
    public static readonly byte[] Key = Convert.FromHexString("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");

    /// <summary>A successful handshake answer (code 9000) carrying <see cref="Key"/>.</summary>
    public static readonly byte[] Answer = Convert.FromHexString("02a55a55aaf000b10100129000a0a1a2a3a4a5a6a7a8a9aaabacadaeaf03fe55");

    /// <summary>The protocol with the reference's timings on <paramref name="time"/>.</summary>
    public static HoneyPlayBoxProtocol Protocol(TimeProvider time) => new(HoneyPlayBoxTimings.Default, time);

    /// <summary>Connects a toy advertising <paramref name="name"/> that answers the handshake with <paramref name="answer"/>.</summary>
    public static Task<ProtocolTestDevice> ConnectAsync(string name, FakeTimeProvider? time = null, byte[]? answer = null) =>
        ProtocolTestDevice.ConnectAsync(Protocol(time ?? new FakeTimeProvider()), name,
            hardware => AnswerHandshakes(hardware, answer ?? Answer));

    /// <summary>Makes <paramref name="hardware"/> notify <paramref name="answer"/> on <c>rx</c> after each handshake frame written to <c>tx</c>.</summary>
    public static void AnswerHandshakes(MemoryHardware hardware, params byte[][] answer) =>
        hardware.OperationRecorded += (_, op) =>
        {
            if (op.Kind == HardwareOperationKind.Write && op.Endpoint == Endpoints.Tx && op.Data is { Length: > 8 } data && data[8] == 0x01)
            {
                foreach (var part in answer)
                    hardware.Notify(Endpoints.Rx, part);
            }
        };

    public static HardwareCommand Tx(string hex) => HardwareCommand.Write(Endpoints.Tx, Convert.FromHexString(hex), withResponse: true);

    /// <summary>Completes when the hardware has recorded <paramref name="count"/> writes.</summary>
    public static async Task WaitForWritesAsync(MemoryHardware hardware, int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(object? sender, HardwareOperation op)
        {
            if (hardware.Writes.Count >= count)
                reached.TrySetResult();
        }
        hardware.OperationRecorded += Check;
        try
        {
            Check(null, null!);
            await reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            hardware.OperationRecorded -= Check;
        }
    }
}
