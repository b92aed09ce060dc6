using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Hismith;

/// <summary>The hismith-mini protocol (0xCC packets); the model is read from <c>rxblemodel</c>.</summary>
public sealed class HismithMiniProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "hismith-mini";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public HismithMiniProtocol() : base(ProtocolName) { }

    /// <summary>The model number read from <c>rxblemodel</c>.</summary>
    public override async Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken) =>
        await ModelIdentifier.ReadAsync(hardware, cancellationToken);

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new HismithMiniHandler(device);
}
