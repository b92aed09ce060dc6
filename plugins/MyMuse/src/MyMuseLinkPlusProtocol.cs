using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.MyMuse;

/// <summary>The mymuselinkplus protocol (MyMuse Link Plus, advertised as <c>MM Massager</c>).</summary>
public sealed class MyMuseLinkPlusProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "mymuselinkplus";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public MyMuseLinkPlusProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new MyMuseLinkPlusHandler(device);
}
