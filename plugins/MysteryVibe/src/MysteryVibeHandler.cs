using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.MysteryVibe;

/// <summary>
/// Drives one MysteryVibe toy. Start-up writes the protocol's mode command (acknowledged) to
/// <c>txmode</c>, then every motor at 0. Every command is one packet on <c>txvibrate</c> with one
/// byte per motor (0–56). The toy stops unless it hears a packet every ~100 ms, so the last packet is
/// repeated whenever the keep-alive interval passes without one.
/// </summary>
internal sealed class MysteryVibeHandler : ProtocolHandler
{
    private readonly byte[] _modeCommand;
    private readonly byte[] _speeds;
    private readonly KeepAlive _keepAlive;

    public MysteryVibeHandler(ProtocolDevice device, byte[] modeCommand, TimeSpan keepAliveInterval, TimeProvider time) : base(device)
    {
        _modeCommand = modeCommand;
        _speeds = new byte[Features.Count(f => f.Output is { Count: > 0 })];
        _keepAlive = new KeepAlive(device.Hardware, keepAliveInterval, time, device.Logger);
    }

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await Device.Hardware.WriteAsync(Endpoints.TxMode, _modeCommand, withResponse: true, cancellationToken);
        // The reference stops the toy on connect; that stop is also the first packet the keep-alive repeats.
        foreach (var command in _keepAlive.Track([Packet()]))
            await command.ExecuteAsync(Device.Hardware, cancellationToken);
    }

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
        {
            if (command.Type != OutputType.Vibrate || command.FeatureIndex < 0 || command.FeatureIndex >= _speeds.Length)
                throw new ProtocolException($"{Device.Configuration.Name} does not support {command.Type} on feature {command.FeatureIndex}.");
        }
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
            _speeds[command.FeatureIndex] = (byte)command.Value;
        return _keepAlive.Track([Packet()]);
    }

    public override async ValueTask DisposeAsync()
    {
        await _keepAlive.DisposeAsync();
        await base.DisposeAsync();
    }

    private HardwareCommand Packet() => HardwareCommand.Write(Endpoints.TxVibrate, (byte[])_speeds.Clone());
}
