using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Devices;

/// <summary>
/// A protocol's definition as the server uses it: the plugin's own, extended by the device config file
/// and the user device config.
/// </summary>
internal static class ModelResolution
{
    /// <summary>
    /// Merges <paramref name="overlays"/> (in order of precedence, highest first) into the plugin's
    /// definition: their models come before the plugin's (the first that lists an identifier wins),
    /// their specifiers are added, and the first overlay with defaults replaces the plugin's defaults.
    /// </summary>
    public static ProtocolDefinition Effective(ProtocolDefinition plugin, params ProtocolDefinition?[] overlays)
    {
        var present = overlays.OfType<ProtocolDefinition>().ToList();
        if (present.Count == 0)
            return plugin;
        return new ProtocolDefinition
        {
            Name = plugin.Name,
            Defaults = present.Select(o => o.Defaults).FirstOrDefault(d => d.Features is not null || d.Name is not null) ?? plugin.Defaults,
            Configurations = [.. present.SelectMany(o => o.Configurations), .. plugin.Configurations],
            Communication = [.. plugin.Communication, .. present.SelectMany(o => o.Communication)],
        };
    }

    /// <summary>The model for <paramref name="identifier"/>, with the user's models winning over the protocol's own.</summary>
    public static ResolvedDeviceConfiguration Resolve(ProtocolDefinition definition, IReadOnlyList<DeviceConfiguration> added, string? identifier) =>
        Effective(definition, new ProtocolDefinition { Name = definition.Name, Configurations = [.. added] }).Resolve(identifier);
}
