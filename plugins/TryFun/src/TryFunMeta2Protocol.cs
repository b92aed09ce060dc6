using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.TryFun;

/// <summary>The tryfun-meta2 protocol: the Meta 2, advertised as <c>TF-META2</c>.</summary>
public sealed class TryFunMeta2Protocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "tryfun-meta2";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public TryFunMeta2Protocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new TryFunMeta2Handler(device);
}
