using ButtplugHost.Sdk.Testing;

namespace ButtplugHost.Plugins.Satisfyer.Tests;

/// <summary>The keep-alive re-sends the last packet while the toy hears nothing, on a real (short) timer.</summary>
public class KeepAliveTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(30);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_stop_sent_on_connect_is_repeated_while_nothing_else_is_sent()
    {
        var hardware = TestDevice.CreateHardware([0x00, 0x00, 0x27, 0xB0]);
        await using var device = await TestDevice.ConnectAsync(hardware, new SatisfyerProtocol(Interval));

        await WaitForTxWritesAsync(hardware, 3);
        Assert.All(TxWrites(hardware), w => Assert.Equal(new byte[8], w));
    }

    [Fact]
    public async Task The_latest_packet_is_what_gets_repeated()
    {
        var hardware = TestDevice.CreateHardware([0x00, 0x00, 0x27, 0xB0]);
        await using var device = await TestDevice.ConnectAsync(hardware, new SatisfyerProtocol(Interval));
        var packet = device.Vibrate((0, 0.5), (1, 0.25));
        foreach (var command in packet)
            await command.ExecuteAsync(hardware, CancellationToken.None);
        var sent = TxWrites(hardware).Count;

        await WaitForTxWritesAsync(hardware, sent + 2);
        Assert.All(TxWrites(hardware).Skip(sent), w => Assert.Equal(new byte[] { 0x32, 0x32, 0x32, 0x32, 0x19, 0x19, 0x19, 0x19 }, w));
    }

    [Fact]
    public async Task Nothing_is_repeated_after_the_handler_is_disposed()
    {
        var hardware = TestDevice.CreateHardware([0x00, 0x00, 0x27, 0x15]);
        var device = await TestDevice.ConnectAsync(hardware, new SatisfyerProtocol(Interval));
        await WaitForTxWritesAsync(hardware, 2);
        await device.DisposeAsync();
        var count = hardware.Writes.Count;

        await Task.Delay(Interval * 5);
        Assert.Equal(count, hardware.Writes.Count);
    }

    [Fact]
    public async Task A_failed_keep_alive_ends_the_repeats_without_crashing()
    {
        var memory = TestDevice.CreateHardware([0x00, 0x00, 0x27, 0x15]);
        var hardware = new CountingHardware(memory);
        var protocol = new SatisfyerProtocol(Interval);
        var model = protocol.Definition.Resolve(await protocol.IdentifyAsync(hardware, CancellationToken.None));
        await using var handler = protocol.CreateHandler(new Sdk.Protocols.ProtocolDevice(hardware, model, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));
        await handler.InitializeAsync(CancellationToken.None);
        var afterStart = hardware.WriteAttempts;
        await hardware.DisconnectAsync();

        // A repeat is attempted and fails; after that, silence.
        var deadline = DateTime.UtcNow + Patience;
        while (hardware.WriteAttempts == afterStart && DateTime.UtcNow < deadline)
            await Task.Delay(Interval);
        var settled = hardware.WriteAttempts;
        Assert.True(settled > afterStart, "No keep-alive was attempted.");
        await Task.Delay(Interval * 8);
        Assert.Equal(settled, hardware.WriteAttempts);
        Assert.True(memory.IsDisconnected);
    }

    [Fact]
    public void The_interval_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SatisfyerProtocol(TimeSpan.Zero));

    private static List<byte[]> TxWrites(MemoryHardware hardware) =>
        [.. hardware.Writes.Where(w => w.Endpoint == "tx").Select(w => w.Data)];

    private static async Task WaitForTxWritesAsync(MemoryHardware hardware, int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(object? sender, HardwareOperation _)
        {
            if (TxWrites(hardware).Count >= count)
                reached.TrySetResult();
        }
        hardware.OperationRecorded += Check;
        try
        {
            Check(null, null!);
            await reached.Task.WaitAsync(Patience);
        }
        finally
        {
            hardware.OperationRecorded -= Check;
        }
    }
}
