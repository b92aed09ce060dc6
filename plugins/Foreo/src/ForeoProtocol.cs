using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Foreo;

/// <summary>The <c>foreo</c> protocol: one vibrator of 0–10, the model told by the advertised name.</summary>
public sealed class ForeoProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "foreo";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public ForeoProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) =>
        new ForeoHandler(device, ForeoMode.FromName(device.Hardware.Identity.Name));
}
