using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Kiiroo;

/// <summary>Checks and reads shared by the Kiiroo handlers.</summary>
internal abstract class KiirooHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    /// <summary>The error for an output this device's protocol cannot drive.</summary>
    protected ProtocolException Unsupported(OutputCommand command) =>
        new($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");

    /// <summary>The command's value as one byte; the host range-checks, this guards the encoding.</summary>
    protected byte ByteValue(OutputCommand command) =>
        command.Value is >= 0 and <= byte.MaxValue
            ? (byte)command.Value
            : throw new ProtocolException($"Value {command.Value} for {command.Type} on feature {command.FeatureIndex} of {Device.Configuration.Name} does not fit in a byte.");

    /// <summary>The duration of a hardware-timed move; the host always sends one.</summary>
    protected uint DurationOf(OutputCommand command) =>
        command.Duration ?? throw new ProtocolException($"{command.Type} on {Device.Configuration.Name} needs a duration.");

    /// <summary>
    /// Applies vibrate commands to <paramref name="speeds"/> (one slot per feature index) for protocols
    /// that send every motor in one frame. All commands are checked before any is applied.
    /// </summary>
    /// <returns>False when there was nothing to apply.</returns>
    protected bool ApplySpeeds(byte[] speeds, IReadOnlyList<OutputCommand> commands)
    {
        if (commands.Count == 0)
            return false;
        var updates = new List<(int Index, byte Speed)>();
        foreach (var command in commands)
        {
            if (command.Type != OutputType.Vibrate || command.FeatureIndex < 0 || command.FeatureIndex >= speeds.Length
                || !HasOutput(command.FeatureIndex, command.Type))
                throw Unsupported(command);
            updates.Add((command.FeatureIndex, ByteValue(command)));
        }
        foreach (var (index, speed) in updates)
            speeds[index] = speed;
        return true;
    }

    /// <summary>True when the model declares <paramref name="type"/> on feature <paramref name="index"/>.</summary>
    protected bool HasOutput(int index, OutputType type) =>
        Features.Any(f => f.Index == index && f.Output?.ContainsKey(type) == true);

    /// <summary>
    /// Reads the battery level: byte <paramref name="offset"/> of what <paramref name="endpoint"/> returns,
    /// which must be <paramref name="expectedLength"/> bytes long when one is given.
    /// </summary>
    protected async Task<int> ReadBatteryAsync(int featureIndex, InputType type, string endpoint, int offset, int? expectedLength, CancellationToken cancellationToken)
    {
        if (type != InputType.Battery || !Features.Any(f => f.Index == featureIndex && f.Input?.ContainsKey(InputType.Battery) == true))
            throw new ProtocolException($"{Device.Configuration.Name} cannot read {type} on feature {featureIndex}.");
        byte[] data;
        try
        {
            data = await Device.Hardware.ReadAsync(endpoint, cancellationToken);
        }
        catch (HardwareException e)
        {
            throw new ProtocolException($"Reading the battery of {Device.Configuration.Name} failed: {e.Message}", e);
        }
        if ((expectedLength is { } length && data.Length != length) || data.Length <= offset)
            throw new ProtocolException($"{Device.Configuration.Name} answered a battery read with {data.Length} bytes, expected {expectedLength ?? offset + 1}.");
        return data[offset];
    }
}
