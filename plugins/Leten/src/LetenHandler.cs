using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Leten;

/// <summary>
/// Drives a Leten toy. Start-up writes <c>04 01</c> (acknowledged); each speed (0–25) is the
/// acknowledged packet <c>02 &lt;speed&gt;</c> on <c>tx</c>. The toy stops when it hears nothing for a
/// while, so on connect the stop packet is sent and the last packet is repeated whenever the
/// keep-alive interval passes without one, as with the reference.
/// </summary>
internal sealed class LetenHandler : ProtocolHandler
{
    // The reference skips the app's longer authorisation (04 00, wait for 01 on rx) that some toys
    // "sometimes" go through; 04 01 alone is enough.
    private static readonly byte[] StartCommand = [0x04, 0x01];

    private readonly KeepAlive _keepAlive;

    public LetenHandler(ProtocolDevice device, TimeSpan keepAliveInterval, TimeProvider time) : base(device)
    {
        _keepAlive = new KeepAlive(device.Hardware, keepAliveInterval, time, device.Logger);
    }

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await Device.Hardware.WriteAsync(Endpoints.Tx, StartCommand, withResponse: true, cancellationToken);
        foreach (var command in _keepAlive.Track([Packet(0)]))
            await command.ExecuteAsync(Device.Hardware, cancellationToken);
    }

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands) =>
        _keepAlive.Track(base.HandleOutputs(commands));

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command) =>
        command.Type == OutputType.Vibrate ? [Packet(command.Value)] : base.HandleOutput(command);

    public override async ValueTask DisposeAsync()
    {
        await _keepAlive.DisposeAsync();
        await base.DisposeAsync();
    }

    private static HardwareCommand Packet(int speed) => HardwareCommand.Write(Endpoints.Tx, [0x02, (byte)speed], withResponse: true);
}
