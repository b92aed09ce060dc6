using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Synchro;

/// <summary>
/// The synchro protocol: rotators advertised as <c>Shinkuro</c>, <c>synchro2</c> (Synchro) and
/// <c>synchro EX</c> (Synchro Exchange); the advertised name selects the model.
/// </summary>
public sealed class SynchroProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "synchro";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public SynchroProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new SynchroHandler(device);
}
