using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Lovehoney;

/// <summary>The lovehoney-desire protocol: the advertised name selects the model.</summary>
public sealed class LovehoneyDesireProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "lovehoney-desire";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public LovehoneyDesireProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new LovehoneyDesireHandler(device);
}
