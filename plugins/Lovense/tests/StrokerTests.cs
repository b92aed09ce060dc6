using System.Text;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Testing;
using static ButtplugHost.Plugins.Lovense.Tests.LovenseTestDevice;

namespace ButtplugHost.Plugins.Lovense.Tests;

public class StrokerTests
{
    [Fact]
    public void Motion_moves_in_equal_steps_of_100_ms()
    {
        var motion = new StrokerMotion();
        motion.SetTarget(100, 500);
        Assert.Equal([20, 40, 60, 80, 100], Run(motion));
        Assert.Null(motion.Tick());
    }

    [Fact]
    public void Motion_never_overshoots()
    {
        var motion = new StrokerMotion();
        motion.SetTarget(50, 300); // 50 / 3 = 16 per step
        Assert.Equal([16, 32, 48, 50], Run(motion));
        motion.SetTarget(0, 200); // -25 per step
        Assert.Equal([25, 0], Run(motion));
    }

    [Fact]
    public void Short_or_zero_durations_move_in_one_step()
    {
        var motion = new StrokerMotion();
        motion.SetTarget(70, 0);
        Assert.Equal([70], Run(motion));
        motion.SetTarget(10, 99);
        Assert.Equal([10], Run(motion));
    }

    [Fact]
    public void Tiny_distance_over_long_duration_still_arrives()
    {
        var motion = new StrokerMotion();
        motion.SetTarget(3, 1000); // 3 / 10 rounds to 0: move by 1 instead
        Assert.Equal([1, 2, 3], Run(motion));
    }

    [Fact]
    public void New_target_replans_from_the_current_position()
    {
        var motion = new StrokerMotion();
        motion.SetTarget(100, 1000);
        Assert.Equal(10, motion.Tick());
        Assert.Equal(20, motion.Tick());
        motion.SetTarget(0, 200);
        Assert.Equal([10, 0], Run(motion));
    }

    [Fact]
    public void Halt_stops_where_it_is()
    {
        var motion = new StrokerMotion();
        motion.SetTarget(100, 1000);
        motion.Tick();
        motion.Halt();
        Assert.Empty(Run(motion));
        Assert.Equal(10, motion.Position);
    }

    [Fact]
    public async Task Solace_pro_oscillates_with_full_stroke_even_at_zero()
    {
        await using var toy = await ConnectAsync("BA:11:0082059AD3BD;");
        Assert.Equal("Lovense Solace Pro", toy.Model.Name);
        Assert.Equal(Tx("Mply:10:20;"), toy.Outputs(Oscillate(0, 10)));
        Assert.Equal(Tx("Mply:0:20;"), toy.Outputs(Oscillate(0, 0)));
        Assert.Equal(Tx("Mply:0:20;"), toy.Stop());
    }

    [Fact]
    public async Task Solace_rejects_position_and_vibration()
    {
        await using var toy = await ConnectAsync("H:11:0082059AD3BD;");
        Assert.Throws<Sdk.Protocols.ProtocolException>(() => toy.Outputs(Vibrate(0, 1)));
    }

    [Fact]
    public async Task Solace_pro_position_is_sent_by_the_timer_as_FSetSite()
    {
        await using var toy = await ConnectAsync("BA:11:0082059AD3BD;");
        toy.Hardware.ClearOperations();

        Assert.Empty(toy.Outputs(Position(0, 60, 300)));
        await WaitForAsync(() => ((StrokerHandler)toy.Handler).Position == 60);
        await Task.Delay(30); // nothing more once arrived

        Assert.Equal(["FSetSite:20;", "FSetSite:40;", "FSetSite:60;"], SentTexts(toy));
    }

    [Fact]
    public async Task Stop_ends_a_position_move()
    {
        var hardware = Sdk.Testing.MemoryHardware.Create("LVS-BA1");
        hardware.AddReply(Endpoints.Tx, "DeviceType;", Endpoints.Rx, "BA:11:0082059AD3BD;");
        await using var toy = await ConnectAsync(hardware);
        var handler = (StrokerHandler)toy.Handler;
        toy.Outputs(Position(0, 100, 100_000));
        await WaitForAsync(() => handler.Position >= 2);

        toy.Stop();
        var stoppedAt = handler.Position;
        await Task.Delay(40);

        Assert.Equal(stoppedAt, handler.Position);
    }

    [Fact]
    public async Task Position_timer_ends_when_the_toy_disconnects()
    {
        var toy = await ConnectAsync("BA:11:0082059AD3BD;");
        await toy.Hardware.DisconnectAsync();
        toy.Hardware.ClearOperations();
        toy.Outputs(Position(0, 100, 100));
        await Task.Delay(30);

        // The failed write ended the timer quietly; disposing returns at once.
        var dispose = toy.DisposeAsync().AsTask();
        Assert.Same(dispose, await Task.WhenAny(dispose, Task.Delay(2000)));
        await dispose;
        Assert.Empty(toy.Hardware.Writes);
    }

    private static List<int> Run(StrokerMotion motion)
    {
        var positions = new List<int>();
        while (motion.Tick() is int p)
            positions.Add(p);
        return positions;
    }

    private static List<string> SentTexts(ProtocolTestDevice toy) =>
        [.. toy.Hardware.Writes.Select(w => Encoding.UTF8.GetString(w.Data))];

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(2);
        }
    }
}
