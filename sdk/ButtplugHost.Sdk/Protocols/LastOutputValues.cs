using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Sdk.Protocols;

/// <summary>
/// The last value a handler sent to each output (feature index and type). Lets a stop leave out
/// outputs already at rest, as the reference server does (it never repeats the command an output
/// already has), so stop packets stay byte-exact with it. Not thread-safe: the host serialises calls
/// to a handler.
/// </summary>
public sealed class LastOutputValues
{
    private readonly Dictionary<(int FeatureIndex, OutputType Type), int> _values = [];

    /// <summary>Records that <paramref name="command"/>'s value was sent to its output.</summary>
    public void Remember(OutputCommand command) => _values[(command.FeatureIndex, command.Type)] = command.Value;

    /// <summary>The last value sent to an output, if any was.</summary>
    public bool TryGetValue(int featureIndex, OutputType type, out int value) => _values.TryGetValue((featureIndex, type), out value);

    /// <summary>
    /// The commands of <paramref name="commands"/> (typically a handler's stop values) whose output is
    /// not known to hold that value already, in their order.
    /// </summary>
    public IReadOnlyList<OutputCommand> Pending(IEnumerable<OutputCommand> commands) =>
        [.. commands.Where(c => !_values.TryGetValue((c.FeatureIndex, c.Type), out var value) || value != c.Value)];
}
