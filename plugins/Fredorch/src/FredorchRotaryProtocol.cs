using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Fredorch;

/// <summary>The fredorch-rotary protocol: Fredorch rotary machines advertised as <c>M1_…</c>.</summary>
public sealed class FredorchRotaryProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "fredorch-rotary";

    private readonly TimeProvider _time;

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    /// <param name="time">The clock of the start-up timeouts; the system clock by default.</param>
    public FredorchRotaryProtocol(TimeProvider? time = null) : base(ProtocolName)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new FredorchRotaryHandler(device, _time);
}
