using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Bananasome;

/// <summary>The bananasome protocol: the Bananasome Rocket X7, advertised as <c>火箭X7</c> ("Rocket X7").</summary>
public sealed class BananasomeProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "bananasome";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public BananasomeProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new BananasomeHandler(device);
}
