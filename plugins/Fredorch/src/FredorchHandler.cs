using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Fredorch;

/// <summary>
/// Drives one Fredorch stroker. Its packets are Modbus-style register writes ending in a CRC
/// (<see cref="FredorchCrc"/>), on <c>tx</c> without response; the machine echoes each on <c>rx</c>.
/// Start-up subscribes to <c>rx</c>, lets the machine wake up (it may announce itself within 500 ms),
/// then programs it — program mode, record, a move to 0 at speed 5, run, repeat — waiting up to
/// 500 ms for each echo. A move rewrites the program: speed (from distance and duration,
/// <see cref="FredorchSpeed"/>) and target position (0–15, sent as 0–150).
/// </summary>
internal sealed class FredorchHandler(ProtocolDevice device, TimeProvider time) : ProtocolHandler(device)
{
    /// <summary>How long start-up waits for each answer.</summary>
    public static readonly TimeSpan AnswerTimeout = TimeSpan.FromMilliseconds(500);

    private static readonly byte[][] StartUp =
    [
        [0x01, 0x06, 0x00, 0x64, 0x00, 0x01], // program mode
        [0x01, 0x06, 0x00, 0x69, 0x00, 0x00], // record the program
        Program(5, 0, 0),                      // move to 0 at speed 5
        [0x01, 0x06, 0x00, 0x69, 0x00, 0x01], // run the program
        [0x01, 0x06, 0x00, 0x6A, 0x00, 0x01], // repeat it
    ];

    private int _position;

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var hardware = Device.Hardware;
        using var answers = new NotificationQueue(hardware, time);
        await hardware.SubscribeAsync(Endpoints.Rx, cancellationToken);
        // The machine may say it is awake; it may also say nothing.
        await answers.NextAsync(AnswerTimeout, cancellationToken);
        foreach (var packet in StartUp)
        {
            await hardware.WriteAsync(Endpoints.Tx, FredorchCrc.Append(packet), withResponse: false, cancellationToken);
            if (await answers.NextAsync(AnswerTimeout, cancellationToken) is null)
                throw new ProtocolException($"{Device.Configuration.Name} did not answer within {AnswerTimeout.TotalMilliseconds} ms while initialising.");
        }
    }

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        switch (command)
        {
            case { Type: OutputType.HwPositionWithDuration, FeatureIndex: 0 }:
            {
                var speed = FredorchSpeed.For(Math.Abs(_position - command.Value), command.Duration ?? 0);
                var target = (byte)(command.Value * 10);
                _position = command.Value;
                return [Write(Program(speed, target, target))];
            }
            case { Type: OutputType.Oscillate, FeatureIndex: 0 }:
            {
                // Only a user configuration can add this output; the reference strokes the whole range.
                var speed = (byte)command.Value;
                return [Write(Program(speed, 0, speed == 0 ? (byte)0 : (byte)(15 * 15)))];
            }
            default:
                return base.HandleOutput(command);
        }
    }

    // Write 5 registers from 0x6B: both speeds, both positions, and 1.
    private static byte[] Program(byte speed, byte from, byte to) =>
        [0x01, 0x10, 0x00, 0x6B, 0x00, 0x05, 0x0A, 0x00, speed, 0x00, speed, 0x00, from, 0x00, to, 0x00, 0x01];

    private static HardwareCommand Write(byte[] packet) => HardwareCommand.Write(Endpoints.Tx, FredorchCrc.Append(packet));
}
