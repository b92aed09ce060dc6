using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Devices.UserConfig;

/// <summary>
/// The reference server's user device config file (format v4), as it reads and writes it:
/// <c>{"version": {"major": 4, "minor": n}, "user_configs": {"protocols": {…}, "devices": [ … ]}}</c>.
/// Keys this server does not use are kept (extension data) so that a round trip loses nothing.
/// </summary>
internal sealed class UserConfigFile
{
    public ConfigVersion Version { get; set; } = new();

    public UserConfigs? UserConfigs { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>Parses the file's text; the protocols section is kept as JSON for a faithful write.</summary>
    /// <exception cref="JsonException">Not valid JSON, or not the shape of a user device config.</exception>
    public static UserConfigFile Parse(string json) =>
        JsonSerializer.Deserialize<UserConfigFile>(json, DefinitionFile.Options) ?? throw new JsonException("The file is empty (null).");

    public string Serialize() => JsonSerializer.Serialize(this, DefinitionFile.Options);
}

/// <summary>The file's version; the reference refuses a major version other than its own (4).</summary>
internal sealed class ConfigVersion
{
    public int Major { get; set; } = 4;

    public int Minor { get; set; }
}

/// <summary>The <c>user_configs</c> section.</summary>
internal sealed class UserConfigs
{
    /// <summary>Per protocol: extra <c>communication</c> specifiers and user-defined <c>configurations</c> (models).</summary>
    public Dictionary<string, JsonObject>? Protocols { get; set; }

    /// <summary>One entry per device the server has seen, keyed by protocol, identifier and address.</summary>
    public List<UserDeviceEntry>? Devices { get; set; }

    /// <summary>Device groups: several devices that clients see as one (see docs/multiple-clients.md).</summary>
    public List<ButtplugHost.Devices.Groups.DeviceGroupEntry>? Groups { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>One device: which it is, and what the user set for it.</summary>
internal sealed class UserDeviceEntry
{
    public UserDeviceKey Identifier { get; set; } = new("", null, "");

    public UserDeviceSettings Config { get; set; } = new();

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>How the reference identifies a device: protocol, model identifier (null: the protocol's default) and bus address.</summary>
/// <remarks>The reference writes <c>"identifier": null</c> for the default model, so null is written too.</remarks>
internal sealed record UserDeviceKey(string Protocol, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Identifier, string Address);

/// <summary>A device's settings: its ids, its features' limits, and the user's customisation.</summary>
internal sealed class UserDeviceSettings
{
    public Guid Id { get; set; }

    /// <summary>The model this device is an instance of (the reference's base definition id).</summary>
    public Guid BaseId { get; set; }

    /// <summary>One entry per feature of the model, in feature-index order.</summary>
    public List<UserFeatureEntry> Features { get; set; } = [];

    public UserCustomization UserConfig { get; set; } = new();

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>The <c>user_config</c> block: name, allow/deny, reserved index, message gap, reconnecting.</summary>
internal sealed class UserCustomization
{
    public string? DisplayName { get; set; }

    public bool Allow { get; set; }

    public bool Deny { get; set; }

    public uint Index { get; set; }

    public uint? MessageGapMs { get; set; }

    /// <summary>With several clients: <c>last-writer-wins</c> (default) or <c>first-holds</c> (this server's extension).</summary>
    public string? OutputOwnership { get; set; }

    /// <summary>
    /// This server's addition: whether the device is reconnected by itself when it drops out; absent
    /// follows <c>Reconnect:Enabled</c>. The reference reads past keys it does not know.
    /// </summary>
    public bool? Reconnect { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>One feature of a device entry: its outputs' limits, disabled and reversed flags.</summary>
internal sealed class UserFeatureEntry
{
    public Guid Id { get; set; }

    public Guid BaseId { get; set; }

    public Dictionary<OutputType, UserOutputSettings>? Output { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>
/// One output's user settings: <c>value</c> limits the base range to a sub-range of <c>[0, max]</c>
/// (the client then sees <c>max − min</c> steps), <c>duration</c> likewise for timed positions.
/// </summary>
internal sealed class UserOutputSettings
{
    public ValueRange? Value { get; set; }

    public ValueRange? Duration { get; set; }

    public bool Disabled { get; set; }

    /// <summary>Positions only: mirror the range (the reference writes it for position outputs only).</summary>
    public bool? Reverse { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
