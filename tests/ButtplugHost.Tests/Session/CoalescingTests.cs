using System.Diagnostics;
using System.Globalization;
using ButtplugHost.Tests.Infrastructure;
using ButtplugHost.Tests.Protocol;

namespace ButtplugHost.Tests.Session;

/// <summary>
/// Overload against a device with a 100 ms gap (test config TST-Gap): about ten writes a second, the
/// latest value always delivered, unchanged values not re-sent, stops never dropped, every command answered.
/// </summary>
public sealed class CoalescingTests(SharedServer server) : IClassFixture<SharedServer>
{
    [Fact]
    public async Task A_thousand_commands_a_second_become_about_ten_writes_a_second_ending_on_the_last_value()
    {
        await using var s = await server.OpenAsync(4, "TST-Gap", "SIM:coalesce-flood");
        var pump = CountOksAsync(s.Client, 1000);
        var stopwatch = Stopwatch.StartNew();
        var sent = 0;
        var value = 0;
        // ~1,000 OutputCmd/s for ~1 s, in bursts of 10 every 10 ms; values cycle through 1..20.
        while (sent < 1000)
        {
            var frame = new System.Text.StringBuilder("[");
            for (var k = 0; k < 10; k++)
            {
                value = (sent % 20) + 1;
                if (k > 0)
                    frame.Append(',');
                frame.Append(CultureInfo.InvariantCulture, $"{{\"OutputCmd\":{{\"Id\":{1000 + sent},\"DeviceIndex\":{s.Index},\"FeatureIndex\":0,\"Command\":{{\"Vibrate\":{{\"Value\":{value}}}}}}}}}");
                sent++;
            }
            frame.Append(']');
            await s.Client.SendAsync(frame.ToString());
            var due = sent / 10 * 10;
            var wait = due - (int)stopwatch.ElapsedMilliseconds;
            if (wait > 0)
                await Task.Delay(wait);
        }
        var floodMs = stopwatch.ElapsedMilliseconds;
        Assert.Equal(sent, await pump);

        var last = $"F0:Vibrate:{value};";
        await s.Device.WaitForNewWritesAsync(1);
        var until = DateTime.UtcNow.AddSeconds(3);
        while (s.Device.Writes().LastOrDefault() != last && DateTime.UtcNow < until)
            await Task.Delay(20);
        await Task.Delay(250); // nothing more may follow the last value
        var trace = s.Device.Trace().Where(t => t.Op == "write").ToList();
        var writes = trace.Select(t => t.Text).ToList();

        Assert.Equal(last, writes[^1]);
        // About 10 writes a second over the flood (plus the final value): never more than the gap allows.
        var seconds = floodMs / 1000.0;
        Assert.InRange(writes.Count, (int)(seconds * 10 * 0.5), (int)(seconds * 10) + 3);
        // The gap is kept between consecutive writes.
        var times = trace.Select(t => DateTimeOffset.Parse(t.Time, CultureInfo.InvariantCulture)).ToList();
        for (var i = 1; i < times.Count; i++)
            Assert.True((times[i] - times[i - 1]).TotalMilliseconds >= 95, $"writes {i - 1} and {i} are {(times[i] - times[i - 1]).TotalMilliseconds} ms apart");
        // An unchanged value is never written twice in a row.
        for (var i = 1; i < writes.Count; i++)
            Assert.NotEqual(writes[i - 1], writes[i]);
    }

    [Fact]
    public async Task A_repeated_value_is_not_resent_and_a_new_one_is()
    {
        await using var s = await server.OpenAsync(4, "TST-Gap", "SIM:coalesce-repeat");
        for (var i = 0; i < 5; i++)
            s.AssertOk(await s.RequestAsync("OutputCmd", """ "DeviceIndex":{i},"FeatureIndex":0,"Command":{"Vibrate":{"Value":6}}"""));
        await s.Device.ExpectWritesAsync("F0:Vibrate:6;");
        await s.Device.ExpectNoWritesAsync(250);
        s.AssertOk(await s.RequestAsync("OutputCmd", """ "DeviceIndex":{i},"FeatureIndex":0,"Command":{"Vibrate":{"Value":7}}"""));
        await s.Device.WaitForNewWritesAsync(1);
        await s.Device.ExpectWritesAsync("F0:Vibrate:7;");
    }

    [Fact]
    public async Task A_stop_inside_a_flood_is_never_dropped_and_what_follows_it_still_applies()
    {
        await using var s = await server.OpenAsync(4, "TST-Gap", "SIM:coalesce-stop");
        // In one frame (so well within one gap): a value, a new value, a stop, then the first value again.
        // However the gap falls, the device must stop and then end at 5.
        var frame = """[{"OutputCmd":{"Id":10,"DeviceIndex":@0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":5}}}},{"OutputCmd":{"Id":11,"DeviceIndex":@0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":8}}}},{"StopCmd":{"Id":12,"DeviceIndex":@0}},{"OutputCmd":{"Id":13,"DeviceIndex":@0,"FeatureIndex":0,"Command":{"Vibrate":{"Value":5}}}}]""";
        await s.Client.SendAsync(frame.F(s.Index));
        Assert.Equal(4, await CountOksAsync(s.Client, 4));
        var until = DateTime.UtcNow.AddSeconds(5);
        while (s.Device.Writes().LastOrDefault() != "F0:Vibrate:5;" || !s.Device.Writes().Contains("F0:Vibrate:0;"))
        {
            Assert.True(DateTime.UtcNow < until, "writes: " + string.Join(" ", s.Device.Writes()));
            await Task.Delay(20);
        }
        await Task.Delay(250);
        var writes = s.Device.Writes();
        string[] tail = [.. TestDeviceFacts.StopWrites, "F0:Vibrate:5;"];
        Assert.Equal(tail, writes.Skip(writes.Count - tail.Length));
    }

    /// <summary>Reads replies until <paramref name="count"/> Oks arrived; fails on any Error.</summary>
    private static async Task<int> CountOksAsync(RawClient client, int count)
    {
        var oks = 0;
        while (oks < count)
        {
            var message = await client.ReceiveAsync(10_000);
            Assert.False(message.ContainsKey("Error"), message.ToJsonString());
            if (message.ContainsKey("Ok"))
                oks++;
        }
        return oks;
    }
}
