using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace AcmeToy;

/// <summary>
/// The "acmetoy" protocol: devices and models come from devices.json; a device is identified by its
/// advertised name (ProtocolBase's default), which selects the model ("AcmeToy-Duo" → two vibrators).
/// </summary>
public sealed class AcmeToyProtocol() : ProtocolBase("acmetoy")
{
    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new AcmeToyHandler(device);
}

/// <summary>
/// Drives one connected device. Each vibrate command becomes one write to the tx endpoint:
/// <c>[VibrateCommand, feature index, speed]</c>, the speed already an integer in the feature's range.
/// </summary>
internal sealed class AcmeToyHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    /// <summary>The first byte of a vibrate command.</summary>
    internal const byte VibrateCommand = 0xA1;

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) => command.Type switch
    {
        OutputType.Vibrate => [HardwareCommand.Write(Endpoints.Tx, [VibrateCommand, (byte)command.FeatureIndex, (byte)command.Value])],
        _ => base.HandleOutput(command),
    };
}
