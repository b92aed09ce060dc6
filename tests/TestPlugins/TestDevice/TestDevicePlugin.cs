using System.Globalization;
using System.Text;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.TestPlugins.TestDevice;

/// <summary>Registers the test protocol.</summary>
public sealed class TestDevicePlugin : IButtplugPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder) => builder.AddProtocol(new TestDeviceProtocol());
}

/// <summary>
/// Writes <c>F{feature}:{Type}:{value}[:{duration}];</c> for every output; reads input N with
/// <c>I{feature};</c> answered by <c>I{feature}:{value};</c> on rx, which also carries subscribed readings.
/// </summary>
public sealed class TestDeviceProtocol() : ProtocolBase("testdevice")
{
    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new Handler(device);

    private sealed class Handler(ProtocolDevice device) : ProtocolHandler(device)
    {
        private readonly HashSet<int> _subscribed = [];
        private TaskCompletionSource<int>? _pendingRead;
        private int _pendingFeature;

        public override async Task InitializeAsync(CancellationToken cancellationToken)
        {
            Device.Hardware.Notification += OnNotification;
            await Device.Hardware.SubscribeAsync(Endpoints.Rx, cancellationToken);
        }

        // The packets of single-output batches, made once each: the benchmarks drive this protocol and
        // should measure the host, not this toy's string formatting (a few thousand packets at most).
        private readonly Dictionary<OutputCommand, IReadOnlyList<HardwareCommand>> _packets = [];

        public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
        {
            if (commands.Count != 1)
                return base.HandleOutputs(commands);
            if (!_packets.TryGetValue(commands[0], out var packet))
            {
                packet = HandleOutput(commands[0]);
                if (_packets.Count < 4096)
                    _packets[commands[0]] = packet;
            }
            return packet;
        }

        protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand c) =>
            [HardwareCommand.Write(Endpoints.Tx, c.Duration is { } d
                ? string.Create(CultureInfo.InvariantCulture, $"F{c.FeatureIndex}:{c.Type}:{c.Value}:{d};")
                : string.Create(CultureInfo.InvariantCulture, $"F{c.FeatureIndex}:{c.Type}:{c.Value};"))];

        public override async Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
        {
            _pendingFeature = featureIndex;
            // The reply may arrive before WriteAsync returns: keep our own reference to the result.
            var pending = _pendingRead = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            await Device.Hardware.WriteAsync(Endpoints.Tx, Encoding.ASCII.GetBytes($"I{featureIndex};"), false, cancellationToken);
            return await pending.Task.WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
        }

        public override Task SubscribeInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
        {
            _subscribed.Add(featureIndex);
            return Task.CompletedTask;
        }

        public override Task UnsubscribeInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
        {
            _subscribed.Remove(featureIndex);
            return Task.CompletedTask;
        }

        private void OnNotification(object? sender, HardwareNotification n)
        {
            // "I{feature}:{value};"
            var text = Encoding.ASCII.GetString(n.Data).TrimEnd(';');
            var parts = text.TrimStart('I').Split(':');
            if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var feature) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var value))
                return;
            if (_pendingRead is { } pending && feature == _pendingFeature)
            {
                _pendingRead = null;
                pending.TrySetResult(value);
            }
            var f = Features.FirstOrDefault(x => x.Index == feature);
            if (_subscribed.Contains(feature) && f?.Input is { } inputs)
                PublishReading(new InputReading(feature, inputs.Keys.First(), value));
        }
    }
}
