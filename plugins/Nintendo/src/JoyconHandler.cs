using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Nintendo;

/// <summary>
/// Joy-Con rumble. Initialisation enables vibration (sub-command 0x48) and sends the stop rumble; from
/// then on the current rumble packet is repeated every <see cref="NintendoJoyconProtocol.KeepAliveInterval"/>
/// of quiet, as the reference's update loop does (a Joy-Con ends a rumble it hears nothing more about).
/// A vibrate command sends its packet at once and becomes the packet repeated.
/// </summary>
internal sealed class JoyconHandler : ProtocolHandler
{
    private readonly KeepAlive _keepAlive;

    public JoyconHandler(ProtocolDevice device, TimeSpan keepAliveInterval, TimeProvider time) : base(device)
    {
        _keepAlive = new KeepAlive(device.Hardware, keepAliveInterval, time, device.Logger);
    }

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await Device.Hardware.WriteAsync(Endpoints.Tx, JoyconPackets.EnableVibrationCommand(), false, cancellationToken);
        var stop = HardwareCommand.Write(Endpoints.Tx, JoyconPackets.Rumble(0));
        await stop.ExecuteAsync(Device.Hardware, cancellationToken);
        _keepAlive.Track([stop]);
    }

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        var vibrate = commands.LastOrDefault(c => c.Type == OutputType.Vibrate && c.FeatureIndex == 0);
        var other = commands.FirstOrDefault(c => c.Type != OutputType.Vibrate || c.FeatureIndex != 0);
        if (other is not null)
            return HandleOutput(other);
        return vibrate is null ? [] : _keepAlive.Track([HardwareCommand.Write(Endpoints.Tx, JoyconPackets.Rumble(vibrate.Value))]);
    }

    public override async ValueTask DisposeAsync()
    {
        await _keepAlive.DisposeAsync();
        await base.DisposeAsync();
    }
}
