using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.LovenseConnect;

/// <summary>
/// Drives one toy through the app: vibrators as <c>Vibrate{feature + 1}</c> (the reference's numbering),
/// oscillation as <c>Thrusting</c>, the Max's air pump (constrict) as <c>AirAuto</c>, rotation as
/// <c>Rotate</c> with <c>RotateChange</c> when the direction flips; battery from the level the app reports.
/// </summary>
internal sealed class LovenseConnectHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    // Lovense toys start turning clockwise; RotateChange toggles, so the direction is tracked.
    private bool _clockwise = true;

    private string Toy => Device.Hardware.Identity.Address;

    /// <summary>The Solace gets its stroke depth once, as the reference does (3, until depth is an output).</summary>
    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (Device.Configuration.Identifier == "Solace")
            await ConnectCommands.Depth(3, Toy).ExecuteAsync(Device.Hardware, cancellationToken);
    }

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) => command.Type switch
    {
        OutputType.Vibrate => [ConnectCommands.Vibrate(command.FeatureIndex + 1, command.Value, Toy)],
        OutputType.Oscillate => [ConnectCommands.Thrusting(command.Value, Toy)],
        OutputType.Constrict => [ConnectCommands.AirAuto(command.Value, Toy)],
        OutputType.Rotate => Rotate(command.Value),
        _ => base.HandleOutput(command),
    };

    private IReadOnlyList<HardwareCommand> Rotate(int speed)
    {
        var rotate = ConnectCommands.Rotate(Math.Abs(speed), Toy);
        // A stop keeps the direction; only a speed the other way turns the toy round.
        if (speed == 0 || speed > 0 == _clockwise)
            return [rotate];
        _clockwise = speed > 0;
        return [ConnectCommands.RotateChange(Toy), rotate];
    }

    public override async Task<int> ReadInputAsync(int featureIndex, InputType type, CancellationToken cancellationToken)
    {
        if (type != InputType.Battery)
            return await base.ReadInputAsync(featureIndex, type, cancellationToken);
        var level = await Device.Hardware.ReadAsync(Endpoints.Rx, cancellationToken);
        return level.Length > 0 ? level[0] : throw new ProtocolException($"{Device.Configuration.Name}: no battery level from the app.");
    }
}
