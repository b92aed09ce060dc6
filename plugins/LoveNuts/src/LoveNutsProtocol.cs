using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.LoveNuts;

/// <summary>The lovenuts protocol (Love Nut, advertised as <c>Love_Nuts</c>).</summary>
public sealed class LoveNutsProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "lovenuts";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public LoveNutsProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new LoveNutsHandler(device);
}
