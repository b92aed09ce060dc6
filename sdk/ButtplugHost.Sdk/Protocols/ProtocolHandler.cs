using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Sdk.Protocols;

/// <summary>
/// Drives one connected device. The host serialises calls to one handler: never two at once.
/// Output translation (<see cref="HandleOutputs"/>, <see cref="HandleStop"/>) is pure — it returns
/// hardware commands and does not touch the device — so it can be tested byte-exact without one.
/// </summary>
public abstract class ProtocolHandler : IAsyncDisposable
{
    /// <summary>Creates the handler for <paramref name="device"/>.</summary>
    protected ProtocolHandler(ProtocolDevice device)
    {
        Device = device;
    }

    /// <summary>The device this handler drives.</summary>
    protected ProtocolDevice Device { get; }

    /// <summary>The device's features.</summary>
    protected IReadOnlyList<FeatureDefinition> Features => Device.Configuration.Features;

    /// <summary>Readings of subscribed inputs, raised as they arrive.</summary>
    public event EventHandler<InputReading>? InputReadingReceived;

    /// <summary>Runs the device's start-up handshake, if it has one. Called once before any command.</summary>
    public virtual Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Translates output commands that take effect together (the latest value of each output that
    /// changed since the last call) into hardware commands. By default each command is translated on
    /// its own by <see cref="HandleOutput"/>; protocols that can combine outputs override this.
    /// </summary>
    public virtual IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        var result = new List<HardwareCommand>();
        foreach (var command in commands)
            result.AddRange(HandleOutput(command));
        return result;
    }

    /// <summary>Translates one output command. The default rejects every command.</summary>
    /// <exception cref="ProtocolException">The device cannot do this.</exception>
    protected virtual IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");

    /// <summary>
    /// The commands that stop the device: by default every stoppable output (all but positions) at 0,
    /// through <see cref="HandleOutputs"/>.
    /// </summary>
    public virtual IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(StopValues());

    /// <summary>Zero for every output of every feature that has a resting value (see <see cref="OutputStops"/>).</summary>
    protected IReadOnlyList<OutputCommand> StopValues() => [.. Features.SelectMany(OutputStops.For)];

    /// <summary>Reads an input once. The default rejects every input.</summary>
    /// <exception cref="ProtocolException">The device cannot do this.</exception>
    public virtual Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken) =>
        throw new ProtocolException($"{Device.Configuration.Name} cannot read {type} on feature {featureIndex}.");

    /// <summary>Starts readings of an input; they arrive through <see cref="InputReadingReceived"/>.</summary>
    /// <exception cref="ProtocolException">The device cannot do this.</exception>
    public virtual Task SubscribeInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken) =>
        throw new ProtocolException($"{Device.Configuration.Name} cannot subscribe to {type} on feature {featureIndex}.");

    /// <summary>Stops readings of an input.</summary>
    public virtual Task UnsubscribeInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Raises <see cref="InputReadingReceived"/>.</summary>
    protected void PublishReading(InputReading reading) => InputReadingReceived?.Invoke(this, reading);

    /// <summary>Stops timers and background work the handler started. The device is already stopped.</summary>
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
