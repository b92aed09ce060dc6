using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.XInput;

/// <summary>The <c>xinput</c> protocol: every XInput gamepad is the one model, two vibrators of 0–65535.</summary>
public sealed class XInputProtocol : ProtocolBase
{
    /// <summary>Creates the protocol with its embedded definition.</summary>
    public XInputProtocol()
        : base("xinput")
    {
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new XInputHandler(device);
}
