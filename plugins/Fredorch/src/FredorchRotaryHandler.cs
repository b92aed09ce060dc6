using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Fredorch;

/// <summary>
/// Drives one Fredorch rotary machine. Its packets are <c>55 03 command command+3 AA</c> on
/// <c>tx</c>, without response. Start-up subscribes to <c>rx</c> and sends handshake, password, power
/// up and stop, giving each up to 100 ms for an answer (after the password none comes). The machine
/// has no speed command, only one step faster (<c>01</c>), one step slower (<c>02</c>) and stop
/// (<c>24</c>): a new speed (0–20) is reached by stepping from the current one, one packet per step;
/// 0 is one stop packet.
/// </summary>
internal sealed class FredorchRotaryHandler(ProtocolDevice device, TimeProvider time) : ProtocolHandler(device)
{
    /// <summary>How long start-up waits for each answer.</summary>
    public static readonly TimeSpan AnswerTimeout = TimeSpan.FromMilliseconds(100);

    private const byte Faster = 0x01;
    private const byte Slower = 0x02;
    private const byte Stop = 0x24;

    private static readonly byte[][] StartUp =
    [
        [0x55, 0x03, 0x99, 0x9C, 0xAA],                                     // start the handshake
        [0x55, 0x09, 0x21, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x2A, 0xAA], // the password
        Packet(0x1F),                                                       // power up
        Packet(Stop),
    ];

    private int _speed;

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Device.Logger.LogWarning("{Device} reports no state: if it beeps twice it has powered off and must be reconnected before it can be controlled.", Device.Configuration.Name);
        var hardware = Device.Hardware;
        using var answers = new NotificationQueue(hardware, time);
        await hardware.SubscribeAsync(Endpoints.Rx, cancellationToken);
        foreach (var packet in StartUp)
        {
            await hardware.WriteAsync(Endpoints.Tx, packet, withResponse: false, cancellationToken);
            // An answer may come or not; only a disconnection fails the start-up.
            await answers.NextAsync(AnswerTimeout, cancellationToken);
        }
    }

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command is not { Type: OutputType.Oscillate, FeatureIndex: 0 })
            return base.HandleOutput(command);
        var target = command.Value;
        if (target == 0)
        {
            _speed = 0;
            return [HardwareCommand.Write(Endpoints.Tx, Packet(Stop))];
        }
        var step = target > _speed ? Faster : Slower;
        var steps = Math.Abs(target - _speed);
        _speed = target;
        return [.. Enumerable.Range(0, steps).Select(_ => HardwareCommand.Write(Endpoints.Tx, Packet(step)))];
    }

    private static byte[] Packet(byte command) => [0x55, 0x03, command, (byte)(command + 3), 0xAA];
}
