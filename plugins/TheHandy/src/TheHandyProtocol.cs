using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.TheHandy;

/// <summary>The Handy with firmware 3 (BLE name "The Handy"): handyplug LinearCmd messages.</summary>
/// <param name="options">The plugin's settings (keep-alive, answer timeout).</param>
/// <param name="time">The clock of the keep-alive; the system clock by default.</param>
public sealed class TheHandyProtocol(TheHandyOptions options, TimeProvider? time = null) : ProtocolBase("thehandy")
{
    /// <summary>Creates the protocol with default options.</summary>
    public TheHandyProtocol() : this(new TheHandyOptions()) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new TheHandyHandler(device, options, time ?? TimeProvider.System);
}
