using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Libo;

/// <summary>The <c>libo-vibes</c> protocol; the model is told by the advertised name.</summary>
public sealed class LiboVibesProtocol : ProtocolBase
{
    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public LiboVibesProtocol() : base("libo-vibes") { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new LiboVibesHandler(device);
}
