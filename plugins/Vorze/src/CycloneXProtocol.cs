using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Vorze;

/// <summary>The Vorze Cyclone X10, a USB HID rotator (vendor 0x0483, product 0x5750).</summary>
public sealed class CycloneXProtocol : ProtocolBase
{
    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public CycloneXProtocol() : base("vorze-cyclone-x") { }

    /// <summary>There is one model: the defaults.</summary>
    public override Task<string?> IdentifyAsync(Sdk.Hardware.IHardware hardware, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new CycloneXHandler(device);
}
