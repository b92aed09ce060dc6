using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Vibratissimo;

/// <summary>
/// Drives one Vibratissimo toy. A command puts the toy in write mode (<c>03 FF</c> on <c>txmode</c>)
/// and then sends every vibrator's speed, one byte each in feature order, on <c>txvibrate</c> (a
/// one-vibrator toy gets a trailing <c>00</c>); both without response. The battery is the first byte
/// of the standard battery characteristic.
/// </summary>
internal sealed class VibratissimoHandler : ProtocolHandler
{
    private static readonly byte[] WriteMode = [0x03, 0xFF];

    private readonly int[] _vibrators;
    private readonly byte[] _speeds;

    public VibratissimoHandler(ProtocolDevice device) : base(device)
    {
        _vibrators = [.. Features.Where(f => f.Output?.ContainsKey(OutputType.Vibrate) == true).Select(f => f.Index)];
        _speeds = new byte[_vibrators.Length];
    }

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command.Type != OutputType.Vibrate || Array.IndexOf(_vibrators, command.FeatureIndex) < 0)
                throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
        }
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
            _speeds[Array.IndexOf(_vibrators, command.FeatureIndex)] = (byte)command.Value;
        byte[] speeds = _speeds.Length == 1 ? [_speeds[0], 0x00] : [.. _speeds];
        // The reference writes mode and speeds per output; outputs taking effect together overwrite
        // each other's pair, so the last pair, which carries every speed, is what is sent.
        return [HardwareCommand.Write(Endpoints.TxMode, WriteMode), HardwareCommand.Write(Endpoints.TxVibrate, speeds)];
    }

    public override async Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
    {
        if (type != InputType.Battery || Features.FirstOrDefault(f => f.Index == featureIndex)?.Input?.ContainsKey(InputType.Battery) != true)
            return await base.ReadInputAsync(featureIndex, type, cancellationToken);
        var data = await Device.Hardware.ReadAsync(Endpoints.RxBleBattery, cancellationToken);
        return data.Length > 0 ? data[0] : throw new ProtocolException($"{Device.Configuration.Name} sent an empty battery reading.");
    }
}
