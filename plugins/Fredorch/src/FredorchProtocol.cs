using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Fredorch;

/// <summary>The fredorch protocol: Fredorch stroking machines advertised as <c>YXlinksSPP</c>.</summary>
public sealed class FredorchProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "fredorch";

    private readonly TimeProvider _time;

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    /// <param name="time">The clock of the start-up timeouts; the system clock by default.</param>
    public FredorchProtocol(TimeProvider? time = null) : base(ProtocolName)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new FredorchHandler(device, _time);
}
