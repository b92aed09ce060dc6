using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.ActiveJoy;

/// <summary>The activejoy protocol: the IntoYou Remote Egg Vibrator, advertised as <c>SS-TD-YDTD-001</c>.</summary>
public sealed class ActiveJoyProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "activejoy";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public ActiveJoyProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new ActiveJoyHandler(device);
}
