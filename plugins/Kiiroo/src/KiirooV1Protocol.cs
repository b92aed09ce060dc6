using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Kiiroo;

/// <summary><c>kiiroo-v1</c>: the first Kiiroo Pearl and Onyx.</summary>
public sealed class KiirooV1Protocol() : ProtocolBase("kiiroo-v1")
{
    /// <summary>The clock and intervals of the Onyx's stepping timer (replaceable in tests).</summary>
    internal KiirooV1Timing Timing { get; set; } = KiirooV1Timing.Default;

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new KiirooV1Handler(device, Timing);
}

/// <summary>When the Onyx's timer runs and how long it stays quiet before repeating its level.</summary>
/// <param name="Time">The clock and timer source.</param>
/// <param name="TickInterval">How often the timer checks for a step to send.</param>
/// <param name="KeepAliveInterval">How long the toy may go without a command before the level is sent again.</param>
internal sealed record KiirooV1Timing(TimeProvider Time, TimeSpan TickInterval, TimeSpan KeepAliveInterval)
{
    /// <summary>A 50 ms tick and a 500 ms repeat, the intervals of the original driver.</summary>
    public static KiirooV1Timing Default { get; } = new(TimeProvider.System, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(500));
}
