using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Devices;

/// <summary>Resolves a device's model from its protocol's definition and the models the user added.</summary>
internal static class ModelResolution
{
    /// <summary>
    /// The model for <paramref name="identifier"/>; models the user added win over the protocol's own
    /// (what they leave out comes from the protocol's defaults).
    /// </summary>
    public static ResolvedDeviceConfiguration Resolve(ProtocolDefinition definition, IReadOnlyList<DeviceConfiguration> added, string? identifier)
    {
        if (added.Count == 0)
            return definition.Resolve(identifier);
        var merged = new ProtocolDefinition
        {
            Name = definition.Name,
            Defaults = definition.Defaults,
            Configurations = [.. added, .. definition.Configurations],
            Communication = definition.Communication,
        };
        return merged.Resolve(identifier);
    }
}
