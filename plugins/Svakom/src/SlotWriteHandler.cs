using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Svakom;

/// <summary>
/// Base of the Svakom handlers: each output translates on its own into slot writes, merged per call
/// by <see cref="SlotWriteBatch"/>; stops skip outputs already at rest.
/// </summary>
internal abstract class SlotWriteHandler : ProtocolHandler
{
    private readonly LastOutputValues _last = new();

    protected SlotWriteHandler(ProtocolDevice device) : base(device)
    {
    }

    /// <summary>Whether this protocol can translate <paramref name="command"/> (type and feature).</summary>
    protected abstract bool Supports(OutputCommand command);

    /// <summary>Translates one command into writes, updating the handler's motor state.</summary>
    protected abstract IEnumerable<SlotWrite> Translate(OutputCommand command);

    public sealed override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        // Check everything first: a refused batch must leave the motor state untouched.
        foreach (var command in commands)
            Check(command);
        var batch = new SlotWriteBatch();
        foreach (var command in commands)
        {
            _last.Remember(command);
            batch.Add(Translate(command));
        }
        return batch.Commands;
    }

    public sealed override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));

    protected static SlotWrite Tx(string slot, byte[] data, bool withResponse = false) =>
        new(slot, HardwareCommand.Write(Endpoints.Tx, data, withResponse));

    /// <summary>The slot of a packet that sets only the output of <paramref name="featureIndex"/>.</summary>
    protected static string FeatureSlot(int featureIndex) => $"feature{featureIndex}";

    /// <summary>The number of features that vibrate.</summary>
    protected int CountVibrators() => Features.Count(f => f.Output?.ContainsKey(Sdk.Definitions.OutputType.Vibrate) == true);

    private void Check(OutputCommand command)
    {
        if (!Supports(command))
            throw new ProtocolException($"{Device.Configuration.Name} ({Device.Configuration.Protocol}) does not support {command.Type} on feature {command.FeatureIndex}.");
        if (command.Value is < 0 or > byte.MaxValue)
            throw new ProtocolException($"{command.Type} value {command.Value} does not fit a {Device.Configuration.Protocol} packet (0-255).");
    }
}
