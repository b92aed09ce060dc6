using System.Text.Json;

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

    public const string FileName = "plugin.json";

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads the manifest of <paramref name="folder"/>; null when there is none.</summary>
    /// <exception cref="PluginLoadException">The manifest exists but is not valid JSON.</exception>
    public static PluginManifest? TryRead(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            return null;
        try
        {
            return JsonSerializer.Deserialize<PluginManifest>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new PluginLoadException($"{FileName} is not valid: {e.Message}", e);
        }
    }
}
