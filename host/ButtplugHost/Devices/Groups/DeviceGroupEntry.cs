using System.Text.Json;
using System.Text.Json.Serialization;

namespace ButtplugHost.Devices.Groups;

/// <summary>
/// One device group as the user device config holds it (<c>user_configs.groups[]</c>): a name, the
/// group's own features, and its members with the way each group feature reaches each member.
/// </summary>
internal sealed class DeviceGroupEntry
{
    public string? Name { get; set; }

    /// <summary>The group's device index (default 1000 plus its position in the list).</summary>
    public uint? Index { get; set; }

    /// <summary><c>last-writer-wins</c> or <c>first-holds</c>, as for a device.</summary>
    public string? OutputOwnership { get; set; }

    /// <summary>The group's features, by position: an output type and its number of steps.</summary>
    public List<GroupFeatureEntry>? Features { get; set; }

    public List<GroupMemberEntry>? Members { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>One group feature: <c>{"output": "vibrate", "steps": 20}</c>.</summary>
internal sealed class GroupFeatureEntry
{
    public string? Output { get; set; }

    /// <summary>Steps of the feature's range (default 100): [0, steps], or [-steps, steps] for rotation.</summary>
    public int? Steps { get; set; }

    public string? Description { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>One member: the device's address (and protocol, to tell apart two devices on one address) and its mapping.</summary>
internal sealed class GroupMemberEntry
{
    public string? Address { get; set; }

    public string? Protocol { get; set; }

    /// <summary>
    /// Which member feature each group feature drives, scaled. Without it, each group feature drives
    /// every member feature of the same output type, unscaled.
    /// </summary>
    public List<GroupMappingEntry>? Outputs { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary><c>{"group_feature": 0, "feature": 1, "scale": 0.5}</c>: group feature 0 drives the member's feature 1 at half strength.</summary>
internal sealed class GroupMappingEntry
{
    public int GroupFeature { get; set; }

    public int Feature { get; set; }

    /// <summary>Multiplies the value (0 to 1; default 1).</summary>
    public double? Scale { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
