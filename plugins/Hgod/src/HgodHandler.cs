using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Hgod;

/// <summary>
/// Drives one Hgod toy: the speed (0–10) is the packet <c>55 04 00 00 00 speed</c> on <c>tx</c>,
/// without response. The toy wants the packet again and again while it runs (the reference re-sends it
/// every 100 ms), so a running speed is repeated whenever the interval passes without a packet. Speed
/// 0 sends one <c>55 04 00 00 00 00</c> and ends the repeats.
/// </summary>
internal sealed class HgodHandler : ProtocolHandler
{
    private readonly KeepAlive _repeat;

    public HgodHandler(ProtocolDevice device, TimeSpan repeatInterval, TimeProvider time) : base(device)
    {
        _repeat = new KeepAlive(device.Hardware, repeatInterval, time, device.Logger);
    }

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command is not { Type: OutputType.Vibrate, FeatureIndex: 0 })
            return base.HandleOutput(command);
        var packet = HardwareCommand.Write(Endpoints.Tx, [0x55, 0x04, 0x00, 0x00, 0x00, (byte)command.Value]);
        if (command.Value == 0)
        {
            // The reference only stops repeating; an explicit 0 makes sure the toy is at rest.
            _repeat.Pause();
            return [packet];
        }
        return _repeat.Track([packet]);
    }

    public override async ValueTask DisposeAsync()
    {
        await _repeat.DisposeAsync();
        await base.DisposeAsync();
    }
}
