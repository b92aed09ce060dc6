using System.Text.Json;
using System.Text.Json.Serialization;

namespace ButtplugHost.Plugins;

/// <summary>The optional <c>plugin.json</c> in a plugin folder.</summary>
internal sealed record PluginManifest
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Version { get; init; }
    public string? Kind { get; init; }
    public string? SdkVersion { get; init; }
    public string? Description { get; init; }
    /// <summary>The plugin's main assembly file; found by its SDK reference when absent.</summary>
    public string? Assembly { get; init; }

    /// <summary>
    /// The configuration sections whose <c>Enabled</c> key turns a transport or mixed plugin on
    /// (default: the folder's name). The host loads it at start only when one of them is on.
    /// </summary>
    public IReadOnlyList<string>? EnabledBy { get; init; }

    /// <summary>Whether a section of <see cref="EnabledBy"/> without an <c>Enabled</c> key counts as on (default true).</summary>
    public bool? EnabledByDefault { get; init; }

    /// <summary>
    /// When a transport or mixed plugin that is on loads: <c>"start"</c> (the default) or <c>"scan"</c>, the
    /// first time a client scans (<see cref="ScanTimeLoad"/>). Only for buses that report devices only
    /// while scanning (or while watching for a device they connected before).
    /// </summary>
    public string? LoadWhen { get; init; }

    /// <summary>
    /// Configuration keys that, when set, make a <c>"loadWhen": "scan"</c> plugin load at start anyway
    /// (settings under which its bus reports devices without a scan, e.g. a watched devices file).
    /// </summary>
    public IReadOnlyList<string>? LoadAtStartWith { get; init; }

    public const string FileName = "plugin.json";

    /// <summary>Reads the manifest of <paramref name="folder"/>; null when there is none.</summary>
    /// <exception cref="PluginLoadException">The manifest exists but is not valid JSON.</exception>
    public static PluginManifest? TryRead(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            return null;
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), PluginManifestJson.Default.PluginManifest);
        }
        catch (JsonException e)
        {
            throw new PluginLoadException($"{FileName} is not valid: {e.Message}", e);
        }
    }
}

/// <summary>Generated metadata for reading manifests: the host reads one per plugin folder at start, without the reflection serializer.</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(PluginManifest))]
internal sealed partial class PluginManifestJson : JsonSerializerContext;
