using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Nobra;

/// <summary>
/// The nobra protocol: Nobra's Silicone Dreams controllers, advertised over Bluetooth LE as
/// <c>NobraControl…</c> / <c>Nobra Control…</c>, or wired to a serial port (19200 baud, 8N1) that the
/// user assigns to this protocol. Both speak the same bytes on <c>tx</c>.
/// </summary>
public sealed class NobraProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "nobra";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public NobraProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new NobraHandler(device);
}
