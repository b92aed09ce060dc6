using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Amorelie;

/// <summary>The amorelie-joy protocol; the advertised name (<c>4D01</c> … <c>4D09</c>) selects the model.</summary>
public sealed class AmorelieJoyProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "amorelie-joy";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public AmorelieJoyProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new AmorelieJoyHandler(device);
}
