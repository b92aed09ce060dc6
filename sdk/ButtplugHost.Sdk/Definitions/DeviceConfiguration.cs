namespace ButtplugHost.Sdk.Definitions;

/// <summary>
/// A device model of a protocol: its display name, timing gap and features. In a definition file,
/// <c>defaults</c> holds the protocol's fallback and each entry of <c>configurations</c> a model
/// selected by one of its <see cref="Identifier"/>s; what a model leaves out comes from the defaults.
/// </summary>
public sealed class DeviceConfiguration
{
    /// <summary>Identifiers that select this model (e.g. a BLE name, or the model letter Lovense reports).</summary>
    public List<string> Identifier { get; set; } = [];

    /// <summary>Display name, e.g. "Lovense Hush".</summary>
    public string? Name { get; set; }

    /// <summary>Minimum time between two writes to the device, in milliseconds.</summary>
    public uint? MessageGapMs { get; set; }

    /// <summary>The device's features, by index.</summary>
    public List<FeatureDefinition>? Features { get; set; }
}
