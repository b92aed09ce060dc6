using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.TheHandy;

/// <summary>
/// Firmware 3: each move is a handyplug <c>Payload</c> with one LinearCmd, written acknowledged to
/// <c>tx</c>. The firmware needs no session set-up. Positions 0–100 become 0–1.
/// </summary>
internal sealed class TheHandyHandler(ProtocolDevice device, TheHandyOptions options, TimeProvider time) : ProtocolHandler(device)
{
    private KeepAlive? _keepAlive;

    public override Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.KeepAliveSeconds > 0)
        {
            // A fixed ping while idle (not the last packet): commands only postpone it.
            _keepAlive = new KeepAlive(Device.Hardware, TimeSpan.FromSeconds(options.KeepAliveSeconds), time, Device.Logger);
            _keepAlive.Repeat(Endpoints.Tx, HandyPlugMessages.Ping(), withResponse: true);
        }
        return Task.CompletedTask;
    }

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command.Type != OutputType.HwPositionWithDuration || command.FeatureIndex != 0)
            return base.HandleOutput(command);
        _keepAlive?.Touch();
        var packet = HandyPlugMessages.Linear(command.Value / 100d, command.Duration ?? 0);
        return [HardwareCommand.Write(Endpoints.Tx, packet, withResponse: true)];
    }

    public override async ValueTask DisposeAsync()
    {
        if (_keepAlive is not null)
            await _keepAlive.DisposeAsync();
        await base.DisposeAsync();
    }
}
