using System.Globalization;
using System.Text;
using System.Text.Json;
using ButtplugHost.Cli;
using ButtplugHost.Devices;
using ButtplugHost.Protocol;
using ButtplugHost.Session;
using ButtplugHost.Tests.Infrastructure;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace ButtplugHost.Tests.Security;

/// <summary>
/// The real host, in this process (Simulated transport, test device, raw access on), for driving
/// sessions directly.
/// </summary>
public sealed class InProcessHost : IAsyncLifetime
{
    private IHost? _host;

    internal DeviceManager Devices => _host!.Services.GetRequiredService<DeviceManager>();

    internal ServerOptions Options => _host!.Services.GetRequiredService<IOptions<ServerOptions>>().Value;

    internal SessionLogSink LogSink => _host!.Services.GetRequiredService<SessionLogSink>();

    public async Task InitializeAsync()
    {
        var cli = CommandLine.Parse(
        [
            "--websocket-port", "0", "--plugins-dir", RepoPaths.BuiltInPlugins, "--plugins-dir", RepoPaths.TestPlugins,
            "--log", "error", "--allow-raw", "--Simulated:Devices:0:Name=TST-Property",
        ]);
        _host = global::ButtplugHost.Program.Build(cli);
        await _host.StartAsync();
        await Devices.StartScanningAsync(); // simulated devices from configuration connect when a scan runs
        var until = DateTime.UtcNow.AddSeconds(30);
        while (Devices.Devices.Count == 0 && DateTime.UtcNow < until)
            await Task.Delay(20);
        Assert.NotEmpty(Devices.Devices);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
    }
}

/// <summary>
/// Property tests: no frame ends a session without an Error. A fixed seed and a bounded count run in
/// the suite; set BUTTPLUGHOST_PROPERTY_ITERATIONS (and optionally BUTTPLUGHOST_PROPERTY_SEED) for a
/// longer run (docs/security.md). A failure prints the iteration and the frame.
/// </summary>
public sealed class FramePropertyTests(InProcessHost host, ITestOutputHelper output) : IClassFixture<InProcessHost>
{
    public const ulong DefaultSeed = 20261130;

    private static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable("BUTTPLUGHOST_PROPERTY_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;

    private static int Iterations(int suite) =>
        int.TryParse(Environment.GetEnvironmentVariable("BUTTPLUGHOST_PROPERTY_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : suite;

    private async Task ForAllAsync<T>(Gen<T> gen, int iterations, Func<T, Task> property, Func<T, string> show)
    {
        var pcg = new PCG(1, Seed);
        for (var i = 0; i < iterations; i++)
        {
            var value = gen.Generate(pcg, null, out _);
            try
            {
                await property(value);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"Property failed at iteration {i} (seed {Seed}) for:\n{show(value)}\n{e}");
            }
        }
        output.WriteLine($"{iterations} cases passed (seed {Seed})");
    }

    [Fact]
    public Task The_parser_turns_any_bytes_into_messages_or_errors_without_throwing() =>
        ForAllAsync(Gen.Byte.Array[0, 64], Iterations(3000), bytes =>
        {
            Assert.NotEmpty(FrameParser.Parse(bytes));
            return Task.CompletedTask;
        }, bytes => Convert.ToHexString(bytes));

    [Fact]
    public Task The_parser_answers_every_generated_frame_without_throwing() =>
        ForAllAsync(FrameProperties.Frame, Iterations(3000), frame =>
        {
            var items = FrameParser.Parse(Encoding.UTF8.GetBytes(frame));
            Assert.NotEmpty(items);
            Assert.All(items, item => Assert.True(item is IncomingMessage or MalformedMessage));
            return Task.CompletedTask;
        }, frame => frame);

    [Fact]
    public Task No_frame_ends_a_session_without_an_Error() =>
        ForAllAsync(Gen.Select(Gen.Int[0, 4], FrameProperties.Frame), Iterations(400), async c =>
        {
            var (version, frame) = c;
            var sink = new RecordingOutput();
            var session = new ClientSession(sink, host.Devices, host.Options, host.LogSink, NullLogger.Instance, TimeProvider.System);
            await using (session)
            {
                var fields = version == 4 ? ",\"ProtocolVersionMajor\":4,\"ProtocolVersionMinor\":0" : $",\"MessageVersion\":{version}";
                await session.HandleFrameAsync(Encoding.UTF8.GetBytes($"[{{\"RequestServerInfo\":{{\"Id\":1,\"ClientName\":\"property\"{fields}}}}}]"));
                var afterHandshake = sink.Count;
                await session.HandleFrameAsync(Encoding.UTF8.GetBytes(frame));
                // Detached handlers (device reads) answer a little later.
                await sink.WaitForMoreThanAsync(afterHandshake);
                foreach (var reply in sink.Messages())
                {
                    if (reply.TryGetProperty("Error", out var error))
                        Assert.NotEqual(0, error.GetProperty("ErrorCode").GetInt32()); // 0 = an exception nobody expected
                }
                if (sink.CloseReason is { } reason)
                    Assert.Contains("Disconnect", frame, StringComparison.Ordinal); // the only documented close here
                // The session still answers.
                var before = sink.Count;
                await session.HandleFrameAsync("""[{"Ping":{"Id":4242}}]"""u8.ToArray());
                if (sink.CloseReason is null)
                    Assert.Contains(sink.Messages().Skip(before), m => m.ToString().Contains("4242", StringComparison.Ordinal));
            }
        }, c => $"version {c.Item1}: {c.Item2}");

    private sealed class RecordingOutput : ISessionOutput
    {
        private readonly List<byte[]> _frames = [];

        public string? CloseReason { get; private set; }

        public int Count { get { lock (_frames) return _frames.Count; } }

        public void Send(byte[] frame)
        {
            lock (_frames)
                _frames.Add(frame);
        }

        public void Close(string reason) => CloseReason ??= reason;

        public List<JsonElement> Messages()
        {
            byte[][] frames;
            lock (_frames)
                frames = [.. _frames];
            return frames.SelectMany(f => JsonDocument.Parse(f).RootElement.EnumerateArray().Select(e => e.Clone())).ToList();
        }

        public async Task WaitForMoreThanAsync(int count)
        {
            var until = DateTime.UtcNow.AddSeconds(10);
            while (Count <= count)
            {
                Assert.True(DateTime.UtcNow < until, "the frame got no reply at all");
                await Task.Delay(5);
            }
        }
    }
}
