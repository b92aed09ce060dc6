using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ButtplugHost.Devices;
using ButtplugHost.Session;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ButtplugHost.Benchmarks.Micro;

/// <summary>
/// Parse → validate → queue → Ok for each per-command message family, one frame per operation, in a
/// session of the real engine (in this process, with the simulated test device) whose checked commands
/// go to a no-op sink instead of the device scheduler, and whose replies go to a no-op output: what is
/// measured is the protocol engine alone. Each family cycles through 20 frames (Ids and values differ).
/// The <c>Reference</c> rows run the same frames through the path every frame took before issue 22.
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private readonly Dictionary<string, (ClientSession Session, byte[][] Frames)> _cases = [];
    private readonly List<ClientSession> _sessions = [];
    private int _next;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var server = await MicroServer.Instance;
        var index = server.Device.Info.Index;
        var sessions = new Dictionary<(int Version, bool Hot), ClientSession>();
        async Task<ClientSession> Session(int version, bool hot)
        {
            if (sessions.TryGetValue((version, hot), out var existing))
                return existing;
            var session = new ClientSession(new NullOutput(), server.Devices, server.Options, server.LogSink, NullLogger.Instance, TimeProvider.System)
            {
                OutputSink = static (_, _) => { },
                UseHotPath = hot,
            };
            var fields = version == 4 ? ",\"ProtocolVersionMajor\":4,\"ProtocolVersionMinor\":0" : $",\"MessageVersion\":{version}";
            await session.HandleFrameAsync(Encoding.UTF8.GetBytes($"[{{\"RequestServerInfo\":{{\"Id\":1,\"ClientName\":\"micro\"{fields}}}}}]"));
            sessions[(version, hot)] = session;
            _sessions.Add(session);
            return session;
        }
        foreach (var hot in new[] { true, false })
        {
            var suffix = hot ? "" : " (reference)";
            _cases["Ping" + suffix] = (await Session(4, hot), Frames("""{"Ping":{"Id":@I}}""", index));
            _cases["OutputCmd" + suffix] = (await Session(4, hot), Frames("""{"OutputCmd":{"Id":@I,"DeviceIndex":@D,"FeatureIndex":0,"Command":{"Vibrate":{"Value":@V}}}}""", index));
            _cases["ScalarCmd" + suffix] = (await Session(3, hot), Frames("""{"ScalarCmd":{"Id":@I,"DeviceIndex":@D,"Scalars":[{"Index":0,"Scalar":@U,"ActuatorType":"Vibrate"}]}}""", index));
            _cases["LinearCmd" + suffix] = (await Session(3, hot), Frames("""{"LinearCmd":{"Id":@I,"DeviceIndex":@D,"Vectors":[{"Index":0,"Duration":500,"Position":@U}]}}""", index));
            _cases["RotateCmd" + suffix] = (await Session(3, hot), Frames("""{"RotateCmd":{"Id":@I,"DeviceIndex":@D,"Rotations":[{"Index":0,"Speed":@U,"Clockwise":@C}]}}""", index));
            _cases["VibrateCmd" + suffix] = (await Session(3, hot), Frames("""{"VibrateCmd":{"Id":@I,"DeviceIndex":@D,"Speeds":[{"Index":0,"Speed":@U},{"Index":1,"Speed":@W}]}}""", index));
            _cases["SingleMotorVibrateCmd" + suffix] = (await Session(1, hot), Frames("""{"SingleMotorVibrateCmd":{"Id":@I,"DeviceIndex":@D,"Speed":@U}}""", index));
            _cases["FleshlightLaunchFW12Cmd" + suffix] = (await Session(1, hot), Frames("""{"FleshlightLaunchFW12Cmd":{"Id":@I,"DeviceIndex":@D,"Position":@P,"Speed":50}}""", index));
        }
    }

    // 20 frames of one message each, for Ids 1…20: @I the Id, @D the device, @V a value 1–20, @U and @W
    // values 0.0–1.0, @C a direction, @P a position 0 or 99.
    private static byte[][] Frames(string message, uint device) =>
        [.. Enumerable.Range(1, 20).Select(i => Encoding.UTF8.GetBytes("[" + message
            .Replace("@I", Text(i), StringComparison.Ordinal)
            .Replace("@D", Text((int)device), StringComparison.Ordinal)
            .Replace("@V", Text(i % 20 + 1), StringComparison.Ordinal)
            .Replace("@U", Unit(i), StringComparison.Ordinal)
            .Replace("@W", Unit(i + 7), StringComparison.Ordinal)
            .Replace("@C", i % 2 == 0 ? "true" : "false", StringComparison.Ordinal)
            .Replace("@P", Text(i % 2 * 99), StringComparison.Ordinal) + "]"))];

    private static string Text(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string Unit(int i) => (i % 20 / 20.0).ToString("0.0##", CultureInfo.InvariantCulture);

    private void Run(string name)
    {
        var (session, frames) = _cases[name];
        var frame = frames[_next++ % frames.Length];
        var pending = session.HandleFrameAsync(frame);
        if (!pending.IsCompletedSuccessfully)
            pending.AsTask().GetAwaiter().GetResult();
    }

    private readonly Protocol.Fast.HotFrame _reader = new();

    /// <summary>The hot path's reading alone (an OutputCmd frame).</summary>
    [Benchmark] public bool ReadOnly() => _reader.TryRead(_cases["OutputCmd"].Frames[_next++ % 20]);

    /// <summary>The per-message metric alone (the server's Prometheus export listens).</summary>
    [Benchmark] public void MessageMetric() => Metrics.HostMeter.Message("Ping");

    [Benchmark] public void Ping() => Run("Ping");
    [Benchmark] public void OutputCmd() => Run("OutputCmd");
    [Benchmark] public void ScalarCmd() => Run("ScalarCmd");
    [Benchmark] public void LinearCmd() => Run("LinearCmd");
    [Benchmark] public void RotateCmd() => Run("RotateCmd");
    [Benchmark] public void VibrateCmd() => Run("VibrateCmd");
    [Benchmark] public void SingleMotorVibrateCmd() => Run("SingleMotorVibrateCmd");
    [Benchmark] public void FleshlightLaunchFW12Cmd() => Run("FleshlightLaunchFW12Cmd");
    [Benchmark] public void Ping_Reference() => Run("Ping (reference)");
    [Benchmark] public void OutputCmd_Reference() => Run("OutputCmd (reference)");
    [Benchmark] public void ScalarCmd_Reference() => Run("ScalarCmd (reference)");
    [Benchmark] public void LinearCmd_Reference() => Run("LinearCmd (reference)");
    [Benchmark] public void RotateCmd_Reference() => Run("RotateCmd (reference)");
    [Benchmark] public void VibrateCmd_Reference() => Run("VibrateCmd (reference)");
    [Benchmark] public void SingleMotorVibrateCmd_Reference() => Run("SingleMotorVibrateCmd (reference)");
    [Benchmark] public void FleshlightLaunchFW12Cmd_Reference() => Run("FleshlightLaunchFW12Cmd (reference)");

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var session in _sessions)
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _sessions.Clear();
    }

    /// <summary>Replies counted and dropped.</summary>
    private sealed class NullOutput : ISessionOutput
    {
        public long Bytes { get; private set; }

        public void Send(byte[] frame) => Bytes += frame.Length;

        public void Send(ReadOnlySpan<byte> frame) => Bytes += frame.Length;

        public void Close(string reason)
        {
        }
    }
}

/// <summary>The real host in this process with one simulated test device, started once for every benchmark.</summary>
internal sealed class MicroServer
{
    private static readonly Lazy<Task<MicroServer>> Started = new(StartAsync);

    public static Task<MicroServer> Instance => Started.Value;

    public required DeviceManager Devices { get; init; }
    public required ServerOptions Options { get; init; }
    public required SessionLogSink LogSink { get; init; }
    public required ConnectedDevice Device { get; init; }

    private static async Task<MicroServer> StartAsync()
    {
        var server = await ServerUnderTest.StartAsync(Program.FindRepoRoot());
        var devices = server.Services.GetRequiredService<DeviceManager>();
        await devices.StartScanningAsync(); // the simulated device connects when a scan runs
        var until = DateTime.UtcNow.AddSeconds(30);
        while (devices.Devices.Count == 0 && DateTime.UtcNow < until)
            await Task.Delay(20);
        return new MicroServer
        {
            Devices = devices,
            Options = server.Services.GetRequiredService<IOptions<ServerOptions>>().Value,
            LogSink = server.Services.GetRequiredService<SessionLogSink>(),
            Device = devices.Devices.Count > 0 ? devices.Devices[0] : throw new InvalidOperationException("The simulated test device did not connect."),
        };
    }
}
