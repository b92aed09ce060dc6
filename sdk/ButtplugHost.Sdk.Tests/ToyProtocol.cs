using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Sdk.Tests;

/// <summary>
/// A protocol for the scenario player's tests, with one of everything: a handshake (subscribe rx,
/// acknowledged 0x01 answered by "OK"), vibrate/rotate/linear/oscillate packets, a battery read that
/// asks on tx and is answered on rx, battery readings after a subscription, and a keep-alive repeating the last packet every second.
/// </summary>
internal sealed class ToyProtocol(TimeProvider time) : ProtocolBase(DefinitionFile.Parse(Json).Single())
{
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(1);

    private const string Json = """
        {
          "protocols": {
            "toy": {
              "defaults": {
                "name": "Toy",
                "features": [
                  { "index": 0, "output": { "vibrate": { "value": [0, 20] }, "oscillate": { "value": [0, 10] } } },
                  { "index": 1, "output": { "rotate": { "value": [-10, 10] } } },
                  { "index": 2, "output": { "hw_position_with_duration": { "value": [0, 99], "duration": [0, 5000] } } },
                  { "index": 3, "output": { "vibrate": { "value": [0, 5] } } },
                  { "index": 4, "input": { "battery": { "value": [[0, 100]], "command": ["Read", "Subscribe"] } } }
                ]
              },
              "configurations": [ { "identifier": ["Toy Mini"], "name": "Toy Mini",
                "features": [ { "index": 0, "output": { "vibrate": { "value": [0, 20] } } } ] } ],
              "communication": [ { "btle": { "names": ["Toy*"], "services": { "0000fff0-0000-1000-8000-00805f9b34fb": {
                  "tx": "0000fff1-0000-1000-8000-00805f9b34fb", "rx": "0000fff2-0000-1000-8000-00805f9b34fb" } } } } ]
            }
          }
        }
        """;

    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new Handler(device, time);

    private sealed class Handler(ProtocolDevice device, TimeProvider time) : ProtocolHandler(device)
    {
        private readonly KeepAlive _keepAlive = new(device.Hardware, KeepAliveInterval, time, device.Logger);
        private TaskCompletionSource<byte[]>? _answer;
        private bool _subscribed;

        public override async Task InitializeAsync(CancellationToken cancellationToken)
        {
            var hardware = Device.Hardware;
            hardware.Notification += (_, n) =>
            {
                if (_answer is { Task.IsCompleted: false } answer)
                    answer.TrySetResult(n.Data);
                else if (_subscribed)
                    PublishReading(new InputReading(4, InputType.Battery, n.Data[0]));
            };
            await hardware.SubscribeAsync(Endpoints.Rx, cancellationToken);
            var reply = await AskAsync([0x01], withResponse: true, cancellationToken);
            if (!reply.AsSpan().SequenceEqual("OK"u8))
                throw new ProtocolException("No OK.");
        }

        public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands) =>
            _keepAlive.Track(base.HandleOutputs(commands));

        protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
            command.Type switch
            {
                OutputType.Vibrate => [HardwareCommand.Write(Endpoints.Tx, [0x10, (byte)command.FeatureIndex, (byte)command.Value])],
                OutputType.Oscillate => [HardwareCommand.Write(Endpoints.Tx, [0x40, (byte)command.Value])],
                OutputType.Rotate => [HardwareCommand.Write(Endpoints.Tx, [0x20, (byte)(sbyte)command.Value])],
                OutputType.HwPositionWithDuration => [HardwareCommand.Write(Endpoints.Tx, [0x30, (byte)command.Value, (byte)(command.Duration!.Value / 100)])],
                _ => base.HandleOutput(command),
            };

        public override async Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
        {
            if (type != InputType.Battery)
                return await base.ReadInputAsync(featureIndex, type, cancellationToken);
            var reply = await AskAsync([0xB0], withResponse: false, cancellationToken);
            return reply[0];
        }

        public override async Task SubscribeInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
        {
            await Device.Hardware.WriteAsync(Endpoints.Tx, new byte[] { 0xB1 }, false, cancellationToken);
            _subscribed = true;
        }

        public override async ValueTask DisposeAsync()
        {
            await _keepAlive.DisposeAsync();
            await base.DisposeAsync();
        }

        private async Task<byte[]> AskAsync(byte[] question, bool withResponse, CancellationToken cancellationToken)
        {
            _answer = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
            await Device.Hardware.WriteAsync(Endpoints.Tx, question, withResponse, cancellationToken);
            return await _answer.Task.WaitAsync(cancellationToken);
        }
    }
}

/// <summary>Registers <see cref="ToyProtocol"/> with the host's clock.</summary>
public sealed class ToyPlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new ToyProtocol(builder.Context.Time));
}
