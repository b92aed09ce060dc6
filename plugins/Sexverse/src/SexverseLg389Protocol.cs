using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Sexverse;

/// <summary>The sexverse-lg389 protocol: the Sexverse LG389, a vibrator and an oscillator in one packet.</summary>
public sealed class SexverseLg389Protocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "sexverse-lg389";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public SexverseLg389Protocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new SexverseLg389Handler(device);
}
