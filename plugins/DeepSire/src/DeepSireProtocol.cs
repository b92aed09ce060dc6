using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.DeepSire;

/// <summary>The deepsire protocol: the Kuirkish Imp 3, found by its advertised name <c>IMP 3</c>.</summary>
public sealed class DeepSireProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "deepsire";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public DeepSireProtocol() : base(ProtocolName) { }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new DeepSireHandler(device);
}
