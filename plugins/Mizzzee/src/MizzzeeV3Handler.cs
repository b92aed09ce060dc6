using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Mizzzee;

/// <summary>
/// Drives a third-generation Mizz Zee: each speed is one acknowledged 20-byte packet on <c>tx</c>
/// (<see cref="MizzzeeV3Packet"/>). The toy stops when it hears nothing for a while, so the last
/// packet is repeated whenever the keep-alive interval passes without one; the stop packet sent on
/// connect is the first one repeated, as with the reference.
/// </summary>
internal sealed class MizzzeeV3Handler : ProtocolHandler
{
    private readonly KeepAlive _keepAlive;

    public MizzzeeV3Handler(ProtocolDevice device, TimeSpan keepAliveInterval, TimeProvider time) : base(device)
    {
        _keepAlive = new KeepAlive(device.Hardware, keepAliveInterval, time, device.Logger);
    }

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
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

    private static HardwareCommand Packet(int speed) => HardwareCommand.Write(Endpoints.Tx, MizzzeeV3Packet.For(speed), withResponse: true);
}
