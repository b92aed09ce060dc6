using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Youou;

/// <summary>
/// The youou protocol: the Wand Vibrator, advertised as <c>VX001_…</c>. Every device is identified as
/// <c>VX001_</c>, whatever follows in its name, as the reference does.
/// </summary>
public sealed class YououProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "youou";

    /// <summary>The identifier every device of this protocol gets.</summary>
    public const string Identifier = "VX001_";

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public YououProtocol() : base(ProtocolName) { }

    /// <summary>Always <see cref="Identifier"/>.</summary>
    public override Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(Identifier);

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new YououHandler(device);
}
