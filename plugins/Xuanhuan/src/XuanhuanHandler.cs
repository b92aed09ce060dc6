using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Xuanhuan;

/// <summary>
/// Drives the Xuanhuan: each speed (0–10) is <c>03 02 00 speed</c> on <c>tx</c>, acknowledged. While
/// the speed is above 0 the packet is repeated whenever the keep-alive interval passes without one;
/// speed 0 (a stop) is sent once and ends the repeats.
/// </summary>
internal sealed class XuanhuanHandler : ProtocolHandler
{
    private readonly KeepAlive _keepAlive;

    public XuanhuanHandler(ProtocolDevice device, TimeSpan keepAliveInterval, TimeProvider time) : base(device)
    {
        _keepAlive = new KeepAlive(device.Hardware, keepAliveInterval, time, device.Logger);
    }

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command is not { Type: OutputType.Vibrate, FeatureIndex: 0 })
            return base.HandleOutput(command);
        var packet = new HardwareWrite(Endpoints.Tx, [0x03, 0x02, 0x00, (byte)command.Value], WithResponse: true);
        if (command.Value == 0)
            _keepAlive.Pause();
        else
            _keepAlive.Repeat(packet);
        return [packet];
    }

    public override async ValueTask DisposeAsync()
    {
        await _keepAlive.DisposeAsync();
        await base.DisposeAsync();
    }
}
