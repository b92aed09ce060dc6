using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.TryFun;

/// <summary>
/// The tryfun-blackhole protocol: the Black Hole Plus (<c>TF-BHPLUS</c>, the default model) and the
/// Rock (<c>TF-ROCK</c>, its vibrator only).
/// </summary>
public sealed class TryFunBlackHoleProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "tryfun-blackhole";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public TryFunBlackHoleProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new TryFunBlackHoleHandler(device);
}
