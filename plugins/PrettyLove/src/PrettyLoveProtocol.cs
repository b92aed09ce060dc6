using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.PrettyLove;

/// <summary>
/// The prettylove protocol: toys advertised as <c>Aogu BLE …</c>. Every one is identified as
/// <c>Aogu BLE</c>, whatever follows in its name, as the reference does.
/// </summary>
public sealed class PrettyLoveProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "prettylove";

    /// <summary>The identifier every device of this protocol gets.</summary>
    public const string Identifier = "Aogu BLE";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public PrettyLoveProtocol() : base(ProtocolName) { }

    /// <summary>Always <see cref="Identifier"/>.</summary>
    public override Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(Identifier);

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new PrettyLoveHandler(device);
}
