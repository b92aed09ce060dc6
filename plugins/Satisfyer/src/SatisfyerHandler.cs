using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Satisfyer;

/// <summary>
/// Drives one Satisfyer toy. Every packet carries all vibrators, each speed repeated four times
/// (one vibrator: 4 bytes, two: 8, three: 12); the last packet is repeated while the toy is quiet.
/// </summary>
internal sealed class SatisfyerHandler : ProtocolHandler
{
    // Written (acknowledged) to the command endpoint before the toy accepts speeds.
    private static readonly byte[] StartCommand = [0x01];

    private readonly byte[] _speeds;
    private readonly LastOutputValues _last = new();
    private readonly KeepAlive _keepAlive;

    public SatisfyerHandler(ProtocolDevice device, TimeSpan keepAliveInterval, TimeProvider time) : base(device)
    {
        _speeds = new byte[Features.Count(f => f.Output is { Count: > 0 })];
        _keepAlive = new KeepAlive(device.Hardware, keepAliveInterval, time, device.Logger);
    }

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await Device.Hardware.WriteAsync(Endpoints.Command, StartCommand, withResponse: true, cancellationToken);
        // The reference stops the toy on connect; that stop is also the keep-alive's first packet.
        var stop = Packet();
        await Device.Hardware.WriteAsync(Endpoints.Tx, stop, withResponse: false, cancellationToken);
        foreach (var command in StopValues())
            _last.Remember(command);
        _keepAlive.Repeat(Endpoints.Tx, stop);
    }

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var command in commands)
            Check(command);
        if (commands.Count == 0)
            return [];
        foreach (var command in commands)
        {
            _speeds[command.FeatureIndex] = (byte)command.Value;
            _last.Remember(command);
        }
        return _keepAlive.Track([HardwareCommand.Write(Endpoints.Tx, Packet())]);
    }

    public override IReadOnlyList<HardwareCommand> HandleStop() => HandleOutputs(_last.Pending(StopValues()));

    public override async ValueTask DisposeAsync()
    {
        await _keepAlive.DisposeAsync();
        await base.DisposeAsync();
    }

    private void Check(OutputCommand command)
    {
        if (command.Type != OutputType.Vibrate)
            throw new ProtocolException($"{Device.Configuration.Name} cannot {command.Type}; Satisfyer toys only vibrate.");
        if (command.FeatureIndex < 0 || command.FeatureIndex >= _speeds.Length)
            throw new ProtocolException($"{Device.Configuration.Name} has no vibrator {command.FeatureIndex} (it has {_speeds.Length}).");
        if (command.Value is < 0 or > byte.MaxValue)
            throw new ProtocolException($"Speed {command.Value} does not fit a Satisfyer packet (0-255).");
    }

    private byte[] Packet()
    {
        var packet = new byte[_speeds.Length * 4];
        for (var i = 0; i < _speeds.Length; i++)
            packet.AsSpan(i * 4, 4).Fill(_speeds[i]);
        return packet;
    }
}
