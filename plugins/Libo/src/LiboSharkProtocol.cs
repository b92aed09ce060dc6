using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Libo;

/// <summary>The <c>libo-shark</c> protocol (Libo Shark, advertised as <c>ShaYu</c>).</summary>
public sealed class LiboSharkProtocol : ProtocolBase
{
    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public LiboSharkProtocol() : base("libo-shark") { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new LiboSharkHandler(device);
}
