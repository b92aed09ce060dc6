using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.MagicMotion;

/// <summary>
/// One of the four Magic Motion protocols. Models are identified by advertised name; the variants
/// differ only in packet layout (see <see cref="SingleMotorHandler"/> and <see cref="TwoMotorHandler"/>).
/// </summary>
public sealed class MagicMotionProtocol : ProtocolBase
{
    private static readonly IReadOnlySet<OutputType> VibrateOnly = new HashSet<OutputType> { OutputType.Vibrate };
    private static readonly IReadOnlySet<OutputType> VibrateOrOscillate = new HashSet<OutputType> { OutputType.Vibrate, OutputType.Oscillate };

    private readonly Func<ProtocolDevice, ProtocolHandler> _createHandler;

    private MagicMotionProtocol(string name, Func<ProtocolDevice, ProtocolHandler> createHandler) : base(name)
    {
        _createHandler = createHandler;
    }

    /// <summary><c>magic-motion-1</c>: single-motor packets (vibrators, and the Xone's oscillator).</summary>
    public static MagicMotionProtocol V1() =>
        new("magic-motion-1", d => new SingleMotorHandler(d, 0x32, VibrateOrOscillate));

    /// <summary>
    /// <c>magic-motion-2</c>: two-motor packets. Oscillate drives the motor of its feature like
    /// vibrate (the FunTown Jive's second feature), which the reference refuses.
    /// </summary>
    public static MagicMotionProtocol V2() =>
        new("magic-motion-2", d => new TwoMotorHandler(d, 0x0a, withResponse: false, mirrorSingleMotor: false, VibrateOrOscillate));

    /// <summary><c>magic-motion-3</c>: single-motor packets (LoveLife Krush).</summary>
    public static MagicMotionProtocol V3() =>
        new("magic-motion-3", d => new SingleMotorHandler(d, 0x46, VibrateOnly));

    /// <summary><c>magic-motion-4</c>: two-motor packets written with response.</summary>
    public static MagicMotionProtocol V4() =>
        new("magic-motion-4", d => new TwoMotorHandler(d, 0x32, withResponse: true, mirrorSingleMotor: true, VibrateOnly));

    /// <summary>All four protocols.</summary>
    public static IReadOnlyList<MagicMotionProtocol> All() => [V1(), V2(), V3(), V4()];

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => _createHandler(device);
}
