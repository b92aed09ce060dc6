using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Fox;

/// <summary>The fox protocol: Fox toys, found by their advertised names (<c>FOX</c>, <c>FOX M70 Pro</c>, …).</summary>
public sealed class FoxProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "fox";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public FoxProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new FoxHandler(device);
}
