using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.TryFun;

/// <summary>
/// The tryfun protocol: the Yuan Series (<c>TRYFUN-ONE</c>, the default model) and the Surge Pro
/// (<c>TF-SPRAY</c>); the advertised name selects the model.
/// </summary>
public sealed class TryFunProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "tryfun";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public TryFunProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new TryFunHandler(device);
}
