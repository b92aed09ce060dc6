using System.Globalization;
using System.Text.Json.Nodes;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.EndToEnd;

/// <summary>
/// Issue 11 through the real server: a v4 client sets every output of a toy with one OutputCmd per
/// feature, in separate frames sent back to back, and the toy receives the packet that carries every
/// motor once — never first a packet with only motor 0. Expected bytes are what the reference writes
/// for these outputs set together (its YAML device cases, and its command batching for protocols that
/// write one packet per motor). The frames leave the client in one TCP write, so the server has received
/// them all before it handles the first; the server's merge window is long (1 s) so only the "frames
/// drained" signal ends the burst. A StopCmd for the device then shows nothing else was queued: a late second
/// packet would have been dropped by the stop and the first one alone would be in the trace.
/// </summary>
public sealed class OutputBurstEndToEndTests(OutputBurstEndToEndTests.Toys toys) : IClassFixture<OutputBurstEndToEndTests.Toys>
{
    private static string Hex(string text) => Convert.ToHexStringLower(System.Text.Encoding.ASCII.GetBytes(text));

    /// <summary>(simulated name, display name, extra device config, per-feature (feature, type, value), writes expected, stop writes).</summary>
    private static readonly Dictionary<string, (string Sim, string Display, JsonObject? Extra, (int Feature, string Type, int Value)[] Outputs, string[] Merged, string[] Stop)> Cases = new()
    {
        ["Lelo F1s"] = ("F1s", "Lelo F1s", null,
            [(0, "Vibrate", 75), (1, "Vibrate", 50)], ["tx:014b32"], ["tx:010000"]),
        ["Lelo F1s V2"] = ("F1SV2A", "Lelo F1s V2",
            new JsonObject { ["SubscribeNotifications"] = new JsonObject { ["whitelist"] = new JsonArray("hex:01020304050608", "hex:0100000000000000") } },
            [(0, "Vibrate", 75), (1, "Vibrate", 50)], ["tx:014b32"], ["tx:010000"]),
        ["Lovense Flexer"] = ("LVS-Flexer", "Lovense Flexer", null,
            [(0, "Vibrate", 15), (1, "Vibrate", 10), (2, "Rotate", 5)], ["tx:" + Hex("Mply:15:10:5;")], ["tx:" + Hex("Mply:0:0:0;")]),
        ["Magic Motion 4 (Bobi)"] = ("bobi2", "MagicMotion Bobi", null,
            [(0, "Vibrate", 75), (1, "Vibrate", 50)], ["tx:10ff040a32320004084b64000408326401"], ["tx:10ff040a32320004080064000408006401"]),
        ["Satisfyer dual (Double Desire)"] = ("SF Dual", "Satisfyer Double Desire",
            new JsonObject { ["Reads"] = new JsonObject { ["rxblemodel"] = "hex:000027b0" } },
            [(0, "Vibrate", 75), (1, "Vibrate", 50)], ["tx:4b4b4b4b32323232"], ["tx:0000000000000000"]),
        ["Satisfyer triple (Double Flex)"] = ("SF Triple", "Satisfyer Double Flex",
            new JsonObject { ["Reads"] = new JsonObject { ["rxblemodel"] = "hex:00002751" } },
            [(0, "Vibrate", 75), (1, "Vibrate", 50), (2, "Vibrate", 25)], ["tx:4b4b4b4b3232323219191919"], ["tx:000000000000000000000000"]),
        // Iker: no packet carries both motors; set together they are motor 0's packet, then motor 1's.
        ["Svakom Iker"] = ("Iker", "Svakom Iker", null,
            [(0, "Vibrate", 8), (1, "Vibrate", 3)], ["tx:550303000108", "tx:550700000300"],
            ["tx:550303000100", "tx:550700000300", "tx:550700000000"]),
        // Mora Neo: both vibrators share one packet (the second replaces the first), the oscillator has its own.
        ["Svakom Mora Neo"] = ("Mora Neo", "Svakom Mora Neo", null,
            [(0, "Vibrate", 1), (1, "Vibrate", 8), (2, "Oscillate", 2)], ["tx:550300000108", "tx:550900000200"], ["tx:550300000000", "tx:550900000000"]),
        ["We-Vibe 4 Plus"] = ("4plus", "WeVibe 4 Plus", null,
            [(0, "Vibrate", 12), (1, "Vibrate", 8)], ["tx:0f0300c800030000"], ["tx:0f00000000000000"]),
        ["We-Vibe Chorus"] = ("Chorus", "WeVibe Chorus", null,
            [(0, "Vibrate", 23), (1, "Vibrate", 15)], ["tx:0f0300170f030000"], ["tx:0f00000000000000"]),
        ["We-Vibe Vector"] = ("Vector", "WeVibe Vector", null,
            [(0, "Vibrate", 9), (1, "Vibrate", 6)], ["tx:0f0300090c030000"], ["tx:0f00000000000000"]),
    };

    public static TheoryData<string> Protocols() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task One_OutputCmd_per_feature_in_separate_frames_reaches_the_toy_as_one_packet(string protocol)
    {
        var c = Cases[protocol];
        Assert.Equal([.. c.Merged, .. c.Stop], await BurstThenStopAsync(c, commands => commands));
    }

    [Fact]
    public async Task A_frame_that_waits_between_the_commands_of_a_burst_does_not_split_it()
    {
        // The issue's example, with a StopCmd for another toy between the two motors' commands: the session
        // waits for that stop to be written, long enough for any scheduler to wake, so only holding the
        // burst until the received frames are drained keeps motor 0 from going out alone.
        var c = Cases["Satisfyer dual (Double Desire)"];
        var other = $"[{{\"StopCmd\":{{\"Id\":{toys.NextId()},\"DeviceIndex\":{toys.IndexOf(Cases["We-Vibe 4 Plus"].Display)}}}}}]";
        Assert.Equal([.. c.Merged, .. c.Stop], await BurstThenStopAsync(c, commands => [commands[0], other, .. commands[1..]]));
    }

    /// <summary>
    /// Sends one OutputCmd per output of the case's toy (arranged by <paramref name="arrange"/>) in one
    /// TCP write, waits for their Oks and the first writes, stops the toy; returns the toy's writes since.
    /// </summary>
    private async Task<IEnumerable<string>> BurstThenStopAsync(
        (string Sim, string Display, JsonObject? Extra, (int Feature, string Type, int Value)[] Outputs, string[] Merged, string[] Stop) c,
        Func<string[], string[]> arrange)
    {
        var index = toys.IndexOf(c.Display);
        var address = "SIM:" + c.Sim;
        var before = toys.Sim.HexWrites(address).Count;

        var ids = new List<uint>();
        var commands = c.Outputs.Select(o =>
        {
            var id = toys.NextId();
            ids.Add(id);
            return string.Create(CultureInfo.InvariantCulture,
                $"[{{\"OutputCmd\":{{\"Id\":{id},\"DeviceIndex\":{index},\"FeatureIndex\":{o.Feature},\"Command\":{{\"{o.Type}\":{{\"Value\":{o.Value}}}}}}}}}]");
        }).ToArray();
        await toys.Client.SendTogetherAsync(arrange(commands));
        foreach (var id in ids)
        {
            var reply = await toys.ReplyAsync(id);
            Assert.True(reply.ToJsonString() == $"{{\"Ok\":{{\"Id\":{id}}}}}", $"{reply.ToJsonString()} for {string.Join(" ", commands)}");
        }

        await toys.Sim.WaitForHexWritesAsync(w => w.Count >= before + c.Merged.Length, 20_000, address);
        var stopId = toys.NextId();
        await toys.Client.SendAsync($"[{{\"StopCmd\":{{\"Id\":{stopId},\"DeviceIndex\":{index}}}}}]");
        Assert.Equal($"{{\"Ok\":{{\"Id\":{stopId}}}}}", (await toys.ReplyAsync(stopId)).ToJsonString());
        var writes = await toys.Sim.WaitForHexWritesAsync(w => w.Count >= before + c.Merged.Length + c.Stop.Length, 20_000, address);
        return writes.Skip(before);
    }

    /// <summary>One server with every toy above, a 1 s merge window, and one v4 client able to send bursts.</summary>
    public sealed class Toys : IAsyncLifetime
    {
        private readonly Dictionary<string, uint> _indexes = [];
        private HostProcess? _host;
        private RawClient? _client;
        private uint _nextId = 10;

        public SimulatedSetup Sim { get; } = new();

        public RawClient Client => _client ?? throw new InvalidOperationException("Not started.");

        public uint NextId() => _nextId++;

        public uint IndexOf(string displayName) => _indexes.TryGetValue(displayName, out var index)
            ? index
            : throw new InvalidOperationException($"{displayName} never appeared; devices: {string.Join(", ", _indexes.Keys)}");

        public async Task InitializeAsync()
        {
            foreach (var c in Cases.Values)
            {
                var replies = c.Sim == "LVS-Flexer" ? new[] { ("DeviceType;", "EI:03:0082059AD3BD;") } : null;
                Sim.Device(c.Sim, replies: replies, extra: c.Extra);
            }
            // No Satisfyer keep-alive repeats during a test: they would blur the exact sequence.
            _host = await HostProcess.StartAsync(Sim.Args("--Server:MergeWindowMs=1000", "--Satisfyer:KeepAliveIntervalMs=60000"));
            _client = await RawClient.ConnectForBurstsAsync(_host.Url);
            await _client.HandshakeAsync(4);
            await _client.SendAsync("""[{"StartScanning":{"Id":2}}]""");
            var until = DateTime.UtcNow.AddSeconds(30);
            while (_indexes.Count < Cases.Count)
            {
                var remaining = (int)Math.Max(1, (until - DateTime.UtcNow).TotalMilliseconds);
                var list = await _client.ReceiveAsync("DeviceList", remaining);
                foreach (var (_, device) in list["Devices"]!.AsObject())
                    _indexes[device!["DeviceName"]!.GetValue<string>()] = device["DeviceIndex"]!.GetValue<uint>();
            }
        }

        /// <summary>The reply with <paramref name="id"/> (events in between are skipped).</summary>
        public async Task<JsonObject> ReplyAsync(uint id)
        {
            var until = DateTime.UtcNow.AddSeconds(20);
            while (true)
            {
                var remaining = (int)Math.Max(1, (until - DateTime.UtcNow).TotalMilliseconds);
                var message = await Client.ReceiveAsync(remaining);
                if (message.First().Value?["Id"]?.GetValue<uint>() == id)
                    return message;
            }
        }

        public async Task DisposeAsync()
        {
            if (_client is not null)
                await _client.DisposeAsync();
            if (_host is not null)
                await _host.DisposeAsync();
            Sim.Dispose();
        }
    }
}
