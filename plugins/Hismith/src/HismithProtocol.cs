using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Hismith;

/// <summary>
/// The hismith protocol. Devices advertising as "HISMITH" may be legacy models (0xAA packets) or
/// newer ones that speak hismith-mini (0xCC packets); only the model read from the device tells.
/// So this protocol's definition also carries the hismith-mini models, and the handler is chosen
/// by the model read in <see cref="IdentifyAsync"/>.
/// </summary>
public sealed class HismithProtocol : ProtocolBase
{
    /// <summary>Builds the definition from the plugin's devices.json (hismith plus the hismith-mini models).</summary>
    public HismithProtocol() : base(CombinedDefinition()) { }

    private static ProtocolDefinition CombinedDefinition()
    {
        var all = DefinitionFile.LoadEmbedded(typeof(HismithProtocol).Assembly);
        var legacy = all.Single(p => p.Name == "hismith");
        var mini = all.Single(p => p.Name == HismithMiniProtocol.ProtocolName);
        return new ProtocolDefinition
        {
            Name = legacy.Name,
            Defaults = legacy.Defaults,
            Configurations = [.. legacy.Configurations, .. mini.Configurations],
            Communication = legacy.Communication,
        };
    }

    /// <summary>The model number read from <c>rxblemodel</c>.</summary>
    public override async Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken) =>
        await ModelIdentifier.ReadAsync(hardware, cancellationToken);

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device)
    {
        if (ModelIdentifier.IsLegacy(device.Configuration.Identifier))
            return new LegacyHismithHandler(device);
        device.Logger.LogInformation("Hismith model {Model} is not a legacy model: using the hismith-mini packets", device.Configuration.Identifier);
        return new HismithMiniHandler(device);
    }
}
