namespace ButtplugHost.Sdk.Definitions;

/// <summary>
/// Everything a definition file says about one protocol: how its devices are recognised on each bus,
/// the default model, and the models it can tell apart.
/// </summary>
public sealed class ProtocolDefinition
{
    /// <summary>The protocol's name (the key in the definition file), e.g. <c>lovense</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The fallback model, used when no configuration matches the identifier.</summary>
    public DeviceConfiguration Defaults { get; set; } = new();

    /// <summary>Known models, selected by identifier.</summary>
    public List<DeviceConfiguration> Configurations { get; set; } = [];

    /// <summary>How devices of this protocol are recognised on each bus.</summary>
    public List<CommunicationSpecifier> Communication { get; set; } = [];

    /// <summary>
    /// The model for <paramref name="identifier"/>: the configuration that lists it (case-sensitive),
    /// with anything it leaves out taken from <see cref="Defaults"/>; the defaults when none lists it.
    /// </summary>
    public ResolvedDeviceConfiguration Resolve(string? identifier)
    {
        var model = identifier is null ? null : Configurations.FirstOrDefault(c => c.Identifier.Contains(identifier));
        var features = model?.Features ?? Defaults.Features ?? [];
        return new ResolvedDeviceConfiguration(
            Protocol: Name,
            Identifier: identifier,
            Name: model?.Name ?? Defaults.Name ?? Name,
            MessageGapMs: model?.MessageGapMs ?? Defaults.MessageGapMs,
            Features: features.OrderBy(f => f.Index).ToList(),
            IsKnownModel: model is not null);
    }
}

/// <summary>The model a connected device turned out to be, with defaults filled in.</summary>
/// <param name="Protocol">Protocol name.</param>
/// <param name="Identifier">The identifier the device was resolved by, if any.</param>
/// <param name="Name">Display name.</param>
/// <param name="MessageGapMs">Minimum time between writes; null when the definition sets none.</param>
/// <param name="Features">Features ordered by index.</param>
/// <param name="IsKnownModel">False when the defaults were used because no configuration matched.</param>
public sealed record ResolvedDeviceConfiguration(
    string Protocol,
    string? Identifier,
    string Name,
    uint? MessageGapMs,
    IReadOnlyList<FeatureDefinition> Features,
    bool IsKnownModel);
