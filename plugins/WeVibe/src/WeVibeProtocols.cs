using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.WeVibe;

/// <summary>The classic protocol <c>wevibe</c>; toys are identified by their advertised name.</summary>
public sealed class WeVibeProtocol() : ProtocolBase("wevibe")
{
    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new WeVibeClassicHandler(device);
}

/// <summary>The 8-bit protocol <c>wevibe-8bit</c>.</summary>
public sealed class WeVibe8BitProtocol() : ProtocolBase("wevibe-8bit")
{
    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new WeVibe8BitHandler(device);
}

/// <summary>The Chorus protocol <c>wevibe-chorus</c>.</summary>
public sealed class WeVibeChorusProtocol() : ProtocolBase("wevibe-chorus")
{
    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new WeVibeChorusHandler(device);
}
