using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Youcups;

/// <summary>The youcups protocol: the Warrior II masturbator, advertised as <c>Youcups</c>.</summary>
public sealed class YoucupsProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "youcups";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public YoucupsProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new YoucupsHandler(device);
}
