using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lelo;

/// <summary>Lelo Harmony devices (Tiani Harmony, Ida Wave, Tor 3, Hugo 2, …): pairing on <c>whitelist</c>, then Harmony packets.</summary>
public sealed class LeloHarmonyProtocol(LeloOptions options) : ProtocolBase("lelo-harmony")
{
    /// <summary>Creates the protocol with default options.</summary>
    public LeloHarmonyProtocol() : this(new LeloOptions()) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) =>
        new HarmonyHandler(device, new PairingHandshake(Endpoints.Whitelist, v => PairingStates.Harmony(v), "Lelo Harmony", options.PairingTimeout));
}
