using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.MonsterPub;

/// <summary>
/// Drives one MonsterPub toy. A packet carries every output's speed in feature order; it goes to
/// <c>txvibrate</c> when the device has it, else to <c>tx</c>, else (Tracy's Dog three-motor toys) to
/// <c>generic0</c> behind a <c>03</c> prefix. On <c>tx</c>, a packet of all zeros goes to
/// <c>txmode</c> instead, acknowledged.
/// </summary>
internal sealed class MonsterPubHandler : ProtocolHandler
{
    private const byte Generic0Prefix = 0x03;

    private readonly byte[] _speeds;
    private readonly LastOutputValues _last = new();
    private string _endpoint = Endpoints.Tx;

    public MonsterPubHandler(ProtocolDevice device) : base(device)
    {
        _speeds = new byte[Features.Count(f => f.Output is { Count: > 0 })];
    }

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var endpoints = Device.Hardware.Endpoints;
        if (endpoints.Contains(Endpoints.Rx))
            await Authentication.RunAsync(Device.Hardware, cancellationToken);
        _endpoint = endpoints.Contains(Endpoints.TxVibrate) ? Endpoints.TxVibrate
            : endpoints.Contains(Endpoints.Tx) ? Endpoints.Tx
            : Endpoints.Generic(0);
    }

    /// <summary>All outputs of one call in one packet.</summary>
    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
            Check(command);
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
        {
            _speeds[command.FeatureIndex] = (byte)command.Value;
            _last.Remember(command);
        }
        return [Packet()];
    }

    /// <summary>One packet with the outputs not already at rest set to 0; nothing when all are.</summary>
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));

    private void Check(OutputCommand command)
    {
        if (command.Type is not (OutputType.Vibrate or OutputType.Oscillate) || command.FeatureIndex < 0 || command.FeatureIndex >= _speeds.Length)
            throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
        if (command.Value is < 0 or > byte.MaxValue)
            throw new ProtocolException($"Speed {command.Value} does not fit a MonsterPub packet (0-255).");
    }

    private HardwareCommand Packet()
    {
        if (_endpoint == Endpoints.Generic(0))
            return HardwareCommand.Write(_endpoint, [Generic0Prefix, .. _speeds]);
        if (_endpoint == Endpoints.Tx && _speeds.All(s => s == 0))
            return HardwareCommand.Write(Endpoints.TxMode, [.. _speeds], withResponse: true);
        return HardwareCommand.Write(_endpoint, [.. _speeds]);
    }
}
