using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>What every Lovense toy shares: the battery is read by asking <c>Battery;</c> on tx.</summary>
internal abstract class LovenseHandler(ProtocolDevice device, LovenseOptions options) : ProtocolHandler(device)
{
    protected LovenseOptions Options { get; } = options;

    /// <inheritdoc/>
    public override async Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
    {
        if (type != InputType.Battery || !HasInput(featureIndex, type))
            return await base.ReadInputAsync(featureIndex, type, cancellationToken);
        var hardware = Device.Hardware;
        using var waiter = new ReplyWaiter(hardware, data => BatteryReply.TryParse(data, out _));
        await LovenseCommands.Tx(LovenseCommands.Battery).ExecuteAsync(hardware, cancellationToken);
        var reply = await waiter.WaitAsync(Options.BatteryReplyTimeout, cancellationToken)
            ?? throw new ProtocolException($"{Device.Configuration.Name} did not answer Battery; within {Options.BatteryReplyTimeout.TotalMilliseconds} ms.");
        return BatteryReply.TryParse(reply, out var level) ? level : throw new ProtocolException("Unreadable battery answer.");
    }

    private bool HasInput(int featureIndex, InputType type) =>
        Features.Any(f => f.Index == featureIndex && f.Input?.ContainsKey(type) == true);

    /// <summary>Rejects an output this kind of toy cannot drive.</summary>
    protected ProtocolException Unsupported(OutputCommand command) =>
        new($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
}
