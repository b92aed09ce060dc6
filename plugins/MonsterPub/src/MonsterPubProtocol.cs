using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.MonsterPub;

/// <summary>The <c>monsterpub</c> protocol; the model is the name read from <c>rxblemodel</c>.</summary>
public sealed class MonsterPubProtocol : ProtocolBase
{
    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public MonsterPubProtocol() : base("monsterpub") { }

    /// <summary>The model name in <c>rxblemodel</c>; <c>Unknown</c> when it cannot be read.</summary>
    public override async Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken) =>
        await ModelName.ReadAsync(hardware, cancellationToken);

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new MonsterPubHandler(device);
}
