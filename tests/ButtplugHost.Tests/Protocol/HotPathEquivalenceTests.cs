using System.Globalization;
using System.Text;
using ButtplugHost.Devices;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Session;
using ButtplugHost.Tests.Security;
using CsCheck;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace ButtplugHost.Tests.Protocol;

/// <summary>
/// The hot path (issue 22: frames of per-command messages read with a Utf8JsonReader, Ok from a
/// template) answers every frame exactly as the reference path (FrameParser, JSON elements, the message
/// table's handlers) does: the same reply bytes, the same commands handed to the devices, the same
/// state left behind. Two sessions per message version, one on each path, are fed the same frames:
/// valid ones, and ones mutated into every kind of error (wrong types, huge numbers, missing and
/// duplicate fields, escaped names, unknown messages, several messages and arrays, broken JSON).
/// </summary>
public sealed class HotPathEquivalenceTests(InProcessHost host, ITestOutputHelper output) : IClassFixture<InProcessHost>
{
    [Theory]
    [InlineData(4, """[{"OutputCmd":{"Id":5,"DeviceIndex":{D},"FeatureIndex":0,"Command":{"Vibrate":{"Value":7}}}}]""")]
    [InlineData(4, """[{"Ping":{"Id":6}},{"OutputCmd":{"Id":7,"DeviceIndex":{D},"FeatureIndex":3,"Command":{"HwPositionWithDuration":{"Value":50,"Duration":300}}}}]""")]
    [InlineData(4, """[{"Ping":{"Id":8}}][{"Ping":{"Id":9}}]""")]
    [InlineData(4, """[{"OutputCmd":{"Id":10,"DeviceIndex":{D},"FeatureIndex":2,"Command":{"RotateWithDirection":{"Value":5,"Clockwise":false}}}}]""")]
    [InlineData(3, """[{"ScalarCmd":{"Id":11,"DeviceIndex":{D},"Scalars":[{"Index":0,"Scalar":0.5,"ActuatorType":"Vibrate"},{"Index":1,"Scalar":1,"ActuatorType":"Vibrate"}]}}]""")]
    [InlineData(3, """[{"LinearCmd":{"Id":12,"DeviceIndex":{D},"Vectors":[{"Index":0,"Duration":500,"Position":0.3}]}}]""")]
    [InlineData(3, """[{"RotateCmd":{"Id":13,"DeviceIndex":{D},"Rotations":[{"Index":0,"Speed":0.5,"Clockwise":false}]}}]""")]
    [InlineData(2, """[{"VibrateCmd":{"Id":14,"DeviceIndex":{D},"Speeds":[{"Index":1,"Speed":0.25}]}}]""")]
    [InlineData(1, """[{"SingleMotorVibrateCmd":{"Id":15,"DeviceIndex":{D},"Speed":0.75}}]""")]
    [InlineData(1, """[{"FleshlightLaunchFW12Cmd":{"Id":16,"DeviceIndex":{D},"Position":99,"Speed":40}}]""")]
    [InlineData(3, """[{"StopDeviceCmd":{"Id":17,"DeviceIndex":{D}}}]""")]
    public async Task Valid_frames_take_the_hot_path_and_get_the_reference_replies(int version, string frame)
    {
        await using var pair = await SessionPair.OpenAsync(host, version);
        var hotBefore = pair.Hot.HotFrames;
        await pair.CompareAsync(frame.Replace("{D}", pair.DeviceIndex, StringComparison.Ordinal));
        Assert.Equal(hotBefore + 1, pair.Hot.HotFrames);
        Assert.DoesNotContain("Error", pair.LastReplies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, """[{"OutputCmd":{"Id":5,"DeviceIndex":{D},"FeatureIndex":0,"Command":{"Vibrate":{"Value":7}}}""")] // truncated
    [InlineData(4, """[{"OutputCmd":{"Id":5,"DeviceIndex":{D},"FeatureIndex":0,"Command":{"Vibrate":{"Value":"7"}}}}]""")] // wrong type
    [InlineData(4, """[{"OutputCmd":{"Id":5,"DeviceIndex":{D},"FeatureIndex":0,"Command":{"Vibrate":{"Value":1e400}}}}]""")] // huge
    [InlineData(4, """[{"OutputCmd":{"Id":5,"DeviceIndex":{D},"FeatureIndex":0,"Command":{"Vibrate":{"Value":21}}}}]""")] // out of range
    [InlineData(4, """[{"OutputCmd":{"Id":5,"DeviceIndex":{D},"FeatureIndex":0,"Command":{"Vibrate":{"Value":7},"Rotate":{"Value":1}}}}]""")] // two outputs
    [InlineData(4, """[{"OutputCmd":{"Id":4294967296,"DeviceIndex":{D},"FeatureIndex":0,"Command":{"Vibrate":{"Value":7}}}}]""")] // Id too big
    [InlineData(4, """[{"OutputCmd":{"Id":0,"DeviceIndex":{D},"FeatureIndex":0,"Command":{"Vibrate":{"Value":7}}}}]""")] // Id 0
    [InlineData(4, """[{"OutputCmd":{"Id":5,"DeviceIndex":99,"FeatureIndex":0,"Command":{"Vibrate":{"Value":7}}}}]""")] // no such device
    [InlineData(4, """[{"OutputCmd":{"Id":5,"DeviceIndex":{D},"FeatureIndex":2,"Command":{"RotateWithDirection":{"Value":-5,"Clockwise":true}}}}]""")]
    [InlineData(4, """[{"Ping":{"Id":6}},{"Frobnicate":{"Id":7}},{"Ping":{"Id":8}}]""")] // unknown message among good ones
    [InlineData(4, """[{"Ping":{"Id":6}},{"OutputCmd":{"Id":7,"DeviceIndex":{D},"FeatureIndex":9,"Command":{"Vibrate":{"Value":1}}}},{"Ping":{"Id":8}}]""")]
    [InlineData(4, """[{"Ping":{"Id":6}}][]""")] // a second, empty array
    [InlineData(4, """[{"Ping":{"Id":6},"Ping2":{"Id":6}}]""")]
    [InlineData(4, """[{"Ping":{"Id":6,"x":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}]""")] // too deep
    [InlineData(3, """[{"OutputCmd":{"Id":5,"DeviceIndex":{D},"FeatureIndex":0,"Command":{"Vibrate":{"Value":7}}}}]""")] // not in v3
    [InlineData(3, """[{"ScalarCmd":{"Id":11,"DeviceIndex":{D},"Scalars":[{"Index":0,"Scalar":0.5,"ActuatorType":"Vibrate"},{"Index":9,"Scalar":1,"ActuatorType":"Vibrate"}]}}]""")]
    [InlineData(3, """[{"ScalarCmd":{"Id":11,"DeviceIndex":{D},"Scalars":[{"Index":0,"Scalar":0.5,"ActuatorType":"Rotate"}]}}]""")] // not an actuator of it
    [InlineData(3, """[{"ScalarCmd":{"Id":11,"DeviceIndex":{D},"Scalars":[]}}]""")]
    [InlineData(3, """[{"LinearCmd":{"Id":12,"DeviceIndex":{D},"Vectors":[{"Index":0,"Duration":500,"Position":0.3},{"Index":0,"Duration":500,"Position":1.3}]}}]""")]
    [InlineData(3, """[{"LinearCmd":{"Id":12,"DeviceIndex":{D},"Vectors":[{"Index":0,"Duration":50000,"Position":0.3}]}}]""")]
    [InlineData(1, """[{"FleshlightLaunchFW12Cmd":{"Id":16,"DeviceIndex":{D},"Position":100,"Speed":40}}]""")]
    [InlineData(1, """[{"SingleMotorVibrateCmd":{"Id":15,"DeviceIndex":{D},"Speed":null}}]""")]
    public async Task Bad_frames_get_the_reference_errors(int version, string frame)
    {
        await using var pair = await SessionPair.OpenAsync(host, version);
        await pair.CompareAsync(frame.Replace("{D}", pair.DeviceIndex, StringComparison.Ordinal));
        Assert.Contains("Error", pair.LastReplies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, """[{"OutputCmd":{"Id":5,"DeviceIndex":{D},"FeatureIndex":0,"FeatureIndex":1,"Command":{"Vibrate":{"Value":7}}}}]""")] // duplicate key
    [InlineData(4, """[{"OutputCmd":{"I\u0064":5,"DeviceIndex":{D},"FeatureIndex":0,"Command":{"Vibrate":{"Value":7}}}}]""")] // escaped key
    [InlineData(3, """[{"ScalarCmd":{"Id":11,"DeviceIndex":{D},"Scalars":[{"Index":0,"Scalar":0.5,"ActuatorType":"Vibr\u0061te"}]}}]""")]
    public async Task Unusual_frames_are_left_to_the_reference_path(int version, string frame)
    {
        await using var pair = await SessionPair.OpenAsync(host, version);
        var hotBefore = pair.Hot.HotFrames;
        await pair.CompareAsync(frame.Replace("{D}", pair.DeviceIndex, StringComparison.Ordinal));
        Assert.Equal(hotBefore, pair.Hot.HotFrames);
    }

    [Fact]
    public async Task Generated_frames_get_the_same_replies_commands_and_state_on_both_paths()
    {
        var pairs = new Dictionary<int, SessionPair>();
        try
        {
            for (var version = 0; version <= 4; version++)
                pairs[version] = await SessionPair.OpenAsync(host, version);
            var index = pairs[4].DeviceIndex;
            var seed = FramePropertyTests.DefaultSeed;
            var pcg = new PCG(1, seed);
            var iterations = int.TryParse(Environment.GetEnvironmentVariable("BUTTPLUGHOST_PROPERTY_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 3000;
            var gen = Gen.Select(Gen.Int[0, 4], HotFrames.Frame(index));
            var hotFrames = 0L;
            for (var i = 0; i < iterations; i++)
            {
                var (version, frame) = gen.Generate(pcg, null, out _);
                var pair = pairs[version];
                try
                {
                    await pair.CompareAsync(frame);
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"Iteration {i} (seed {seed}), version {version}:\n{frame}\n{e.Message}");
                }
            }
            hotFrames = pairs.Values.Sum(p => p.Hot.HotFrames);
            output.WriteLine($"{iterations} frames, {hotFrames} of them on the hot path");
            // The generator must exercise the hot path, or this test proves nothing.
            Assert.True(hotFrames > iterations / 10, $"only {hotFrames} of {iterations} frames took the hot path");
        }
        finally
        {
            foreach (var pair in pairs.Values)
                await pair.DisposeAsync();
        }
    }

    /// <summary>A session on each path, of one message version, on the in-process host's devices.</summary>
    private sealed class SessionPair : IAsyncDisposable
    {
        private readonly Recorder _hotOut = new();
        private readonly Recorder _referenceOut = new();

        private SessionPair(InProcessHost host)
        {
            Hot = NewSession(host, _hotOut, hot: true);
            Reference = NewSession(host, _referenceOut, hot: false);
            DeviceIndex = host.Devices.Devices[0].Info.Index.ToString(CultureInfo.InvariantCulture);
        }

        public ClientSession Hot { get; }

        public ClientSession Reference { get; }

        public string DeviceIndex { get; }

        /// <summary>The hot session's replies to the last frame compared.</summary>
        public string LastReplies { get; private set; } = "";

        private static ClientSession NewSession(InProcessHost host, Recorder recorder, bool hot) =>
            new(recorder, host.Devices, host.Options, host.LogSink, NullLogger.Instance, TimeProvider.System)
            {
                UseHotPath = hot,
                // Commands are recorded instead of queued: both sessions' commands can be compared, and
                // one session's commands cannot change what the other's are checked against.
                OutputSink = recorder.Drive,
            };

        public static async Task<SessionPair> OpenAsync(InProcessHost host, int version)
        {
            var pair = new SessionPair(host);
            var fields = version == 4 ? ",\"ProtocolVersionMajor\":4,\"ProtocolVersionMinor\":0" : $",\"MessageVersion\":{version}";
            var handshake = $"[{{\"RequestServerInfo\":{{\"Id\":1,\"ClientName\":\"equivalence\"{fields}}}}}]";
            await pair.CompareAsync(handshake);
            return pair;
        }

        public async Task CompareAsync(string frame)
        {
            var bytes = Encoding.UTF8.GetBytes(frame);
            await Hot.HandleFrameAsync(bytes);
            await Reference.HandleFrameAsync(bytes);
            var hot = _hotOut.Take();
            var reference = _referenceOut.Take();
            LastReplies = hot.Replies;
            Assert.Equal(reference.Replies, hot.Replies);
            Assert.Equal(reference.Commands, hot.Commands);
            Assert.Equal(Reference.LastLinearPosition.OrderBy(kv => kv.Key), Hot.LastLinearPosition.OrderBy(kv => kv.Key));
        }

        public async ValueTask DisposeAsync()
        {
            await Hot.DisposeAsync();
            await Reference.DisposeAsync();
        }
    }

    /// <summary>Replies (as the bytes sent, one frame a line) and the commands handed to devices.</summary>
    private sealed class Recorder : ISessionOutput
    {
        private readonly StringBuilder _replies = new();
        private readonly StringBuilder _commands = new();

        public void Send(byte[] frame)
        {
            lock (_replies)
                _replies.Append(Encoding.UTF8.GetString(frame)).Append('\n');
        }

        public void Close(string reason)
        {
            lock (_replies)
                _replies.Append("(close: ").Append(reason).Append(")\n");
        }

        public void Drive(ConnectedDevice device, IReadOnlyList<OutputCommand> commands)
        {
            lock (_commands)
            {
                _commands.Append(device.Info.Index).Append(':');
                foreach (var c in commands)
                    _commands.Append(' ').Append(c);
                _commands.Append('\n');
            }
        }

        public (string Replies, string Commands) Take()
        {
            lock (_replies)
            lock (_commands)
            {
                var result = (_replies.ToString(), _commands.ToString());
                _replies.Clear();
                _commands.Clear();
                return result;
            }
        }
    }
}
