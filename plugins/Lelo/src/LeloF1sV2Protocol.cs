using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lelo;

/// <summary>
/// Lelo F1s V2/V3 and F2S. Devices with the <c>whitelist</c> characteristic pair on it and then take
/// acknowledged F1s packets; those without it (the F2S) pair on <c>generic0</c> and take Harmony
/// packets.
/// </summary>
public sealed class LeloF1sV2Protocol(LeloOptions options) : ProtocolBase("lelo-f1sv2")
{
    /// <summary>Creates the protocol with default options.</summary>
    public LeloF1sV2Protocol() : this(new LeloOptions()) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device)
    {
        var hasWhitelist = device.Hardware.Endpoints.Contains(Endpoints.Whitelist);
        var pairing = new PairingHandshake(
            hasWhitelist ? Endpoints.Whitelist : Endpoints.Generic(0), v => PairingStates.F1sV2(v), "Lelo F1s V2", options.PairingTimeout);
        return hasWhitelist
            ? new DualMotorHandler(device, pairing, withResponse: true)
            : new HarmonyHandler(device, pairing);
    }
}
