using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.Plugins.Cowgirl.Tests;

public class ConeHandlerTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private static HardwareCommand Speed(byte speed) => HardwareCommand.Write(Endpoints.Tx, [0xF1, 0x01, speed, 0x00]);

    [Fact]
    public async Task Start_up_writes_AA_56_and_is_ready_after_exactly_3_seconds()
    {
        var clock = new FakeTimeProvider();
        var (hardware, connecting) = await StartConnectingAsync(clock);
        Assert.Equal([(Endpoints.Tx, "AA560000")], hardware.Writes.Select(w => (w.Endpoint, Convert.ToHexString(w.Data))));
        Assert.False(hardware.Operations.Single().WithResponse);

        clock.Advance(TimeSpan.FromMilliseconds(2999));
        Assert.False(connecting.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await using var device = await connecting.WaitAsync(Generous);
        Assert.Equal("The Cowgirl Cone", device.Model.Name);
        Assert.Single(hardware.Writes);
    }

    [Fact]
    public async Task Vibrate_and_stop()
    {
        var clock = new FakeTimeProvider();
        var (_, connecting) = await StartConnectingAsync(clock);
        clock.Advance(CowgirlConeProtocol.SettleTime);
        await using var device = await connecting.WaitAsync(Generous);

        Assert.Equal([Speed(64)], await device.SendAsync(device.LegacyScalar(0, OutputType.Vibrate, 0.5)));
        Assert.Equal([Speed(64)], device.RecordedWrites());
        Assert.Equal([Speed(128)], device.Translate(new OutputCommand(0, OutputType.Vibrate, 128)));
        Assert.Equal([Speed(0)], await device.StopAsync());
        Assert.Equal([Speed(0)], device.RecordedWrites());
        Assert.Empty(device.Handler.HandleStop());
        Assert.Throws<ProtocolException>(() => device.Translate(new OutputCommand(0, OutputType.Rotate, 1)));
    }

    [Fact]
    public async Task A_cancelled_start_up_ends_the_wait()
    {
        using var cancel = new CancellationTokenSource();
        var (_, connecting) = await StartConnectingAsync(new FakeTimeProvider(), cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connecting.WaitAsync(Generous));
    }

    /// <summary>Starts connecting a cone and returns once its start-up packet is written.</summary>
    private static async Task<(MemoryHardware Hardware, Task<ProtocolTestDevice> Connecting)> StartConnectingAsync(TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var hardware = MemoryHardware.Create("CG-CONE", Endpoints.Tx);
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hardware.OperationRecorded += (_, _) => written.TrySetResult();
        var connecting = ProtocolTestDevice.ConnectAsync(new CowgirlConeProtocol(clock), hardware, cancellationToken: cancellationToken);
        await written.Task.WaitAsync(Generous, CancellationToken.None);
        return (hardware, connecting);
    }
}
