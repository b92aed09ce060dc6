using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Sdk.Testing.Scenarios;

/// <summary>
/// What the host's engine remembers between commands to one device: the last value sent to each
/// output, so that only changed values reach the protocol; a stop sets every stoppable output to 0.
/// </summary>
internal sealed class EngineState
{
    private readonly Dictionary<(int, OutputType), OutputCommand> _lastSent = [];

    public List<OutputCommand> Changed(IEnumerable<OutputCommand> commands)
    {
        // The latest value of each output wins within one message, in first-seen order.
        var latest = new Dictionary<(int, OutputType), OutputCommand>();
        var order = new List<(int, OutputType)>();
        foreach (var command in commands)
        {
            var key = (command.FeatureIndex, command.Type);
            if (!latest.ContainsKey(key))
                order.Add(key);
            latest[key] = command;
        }
        return [.. order.Select(k => latest[k]).Where(c => _lastSent.GetValueOrDefault((c.FeatureIndex, c.Type)) != c)];
    }

    public void Sent(IEnumerable<OutputCommand> commands)
    {
        foreach (var command in commands)
            _lastSent[(command.FeatureIndex, command.Type)] = command;
    }

    public void Stopped(IEnumerable<FeatureDefinition> features) => Sent(features.SelectMany(OutputStops.For));
}
