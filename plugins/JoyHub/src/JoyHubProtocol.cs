using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.JoyHub;

/// <summary>The <c>joyhub</c> protocol: JoyHub toys, found by advertised name (also the model identifier).</summary>
public sealed class JoyHubProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "joyhub";

    private readonly TimeProvider _time;

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    /// <param name="time">Clock of the lube pump's switch-off timer; the system clock by default.</param>
    public JoyHubProtocol(TimeProvider? time = null) : base(ProtocolName)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new JoyHubHandler(device, _time);
}
