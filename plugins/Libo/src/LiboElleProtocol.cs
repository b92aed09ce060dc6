using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Libo;

/// <summary>The <c>libo-elle</c> protocol (LiBo Elle, Elle 2); the model is told by the advertised name.</summary>
public sealed class LiboElleProtocol : ProtocolBase
{
    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public LiboElleProtocol() : base("libo-elle") { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new LiboElleHandler(device);
}
