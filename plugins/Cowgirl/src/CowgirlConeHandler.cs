using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Cowgirl;

/// <summary>
/// Drives one Cowgirl Cone. Start-up writes <c>[AA 56 00 00]</c> to <c>tx</c> and then waits
/// <see cref="CowgirlConeProtocol.SettleTime"/> before the device is ready; vibrate is
/// <c>[F1 01 speed 00]</c>.
/// </summary>
internal sealed class CowgirlConeHandler(ProtocolDevice device, TimeProvider time) : ProtocolHandler(device)
{
    private readonly LastOutputValues _last = new();

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await Device.Hardware.WriteAsync(Endpoints.Tx, new byte[] { 0xAA, 0x56, 0x00, 0x00 }, withResponse: false, cancellationToken);
        await Task.Delay(CowgirlConeProtocol.SettleTime, time, cancellationToken);
    }

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        var result = base.HandleOutputs(commands);
        foreach (var command in commands)
            _last.Remember(command);
        return result;
    }

    // As the reference: a vibrator already at 0 gets no second 0.
    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command is { Type: OutputType.Vibrate, FeatureIndex: 0 }
            ? [HardwareCommand.Write(Endpoints.Tx, [0xF1, 0x01, (byte)command.Value, 0x00])]
            : base.HandleOutput(command);
}
