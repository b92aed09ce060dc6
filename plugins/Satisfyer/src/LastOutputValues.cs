using ButtplugHost.Sdk.Protocols;
using OutputKey = (int FeatureIndex, ButtplugHost.Sdk.Definitions.OutputType Type);

namespace ButtplugHost.Plugins.Satisfyer;

/// <summary>
/// The last value sent to each output. A stop leaves out outputs already at rest, as the reference
/// server does (it never repeats the command an output already has), so stops stay byte-exact.
/// </summary>
internal sealed class LastOutputValues
{
    private readonly Dictionary<OutputKey, int> _values = [];

    public void Remember(OutputCommand command) => _values[(command.FeatureIndex, command.Type)] = command.Value;

    /// <summary>The commands of <paramref name="stops"/> whose output is not known to hold that value already.</summary>
    public IReadOnlyList<OutputCommand> Pending(IEnumerable<OutputCommand> stops) =>
        [.. stops.Where(s => !_values.TryGetValue((s.FeatureIndex, s.Type), out var value) || value != s.Value)];
}
