using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.TheHandy;

/// <summary>The Handy with firmware 3 (BLE name "The Handy"): handyplug LinearCmd messages.</summary>
public sealed class TheHandyProtocol(TheHandyOptions options) : ProtocolBase("thehandy")
{
    /// <summary>Creates the protocol with default options.</summary>
    public TheHandyProtocol() : this(new TheHandyOptions()) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new TheHandyHandler(device, options);
}
