using System.Text.Json;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins;

/// <summary>
/// What a plugin folder says about itself as data, read without loading any assembly: its
/// <c>plugin.json</c> and the <c>devices.json</c> its build copies beside the code (the same file the
/// code embeds). A protocol plugin with both is indexed from this and loaded when a device needs it.
/// </summary>
internal sealed record PluginData
{
    public const string DefinitionsFileName = "devices.json";

    public required string Folder { get; init; }
    public PluginManifest? Manifest { get; init; }

    /// <summary>The definitions in the folder's devices.json; null when it has none.</summary>
    public IReadOnlyList<ProtocolDefinition>? Definitions { get; init; }

    public required string Fingerprint { get; init; }

    /// <summary>The manifest's id, else the folder's name.</summary>
    public string Id => Manifest?.Id is { Length: > 0 } id ? id : Path.GetFileName(Folder);

    public string Version => Manifest?.Version ?? "?";

    /// <summary>The manifest's kind ("protocol", "transport", "mixed"); null when it says none.</summary>
    public string? Kind => Manifest?.Kind;

    /// <summary>
    /// True when the folder says enough to be indexed without running its code: a manifest with an id,
    /// kind "protocol" and a compatible SDK version, and definitions. Anything else is loaded at start
    /// (where an incompatible SDK is reported from the assembly itself).
    /// </summary>
    public bool IsDeferrable =>
        Manifest is { Id.Length: > 0, Kind: "protocol" }
        && Definitions is { Count: > 0 }
        && System.Version.TryParse(Manifest.SdkVersion, out var sdk) && SdkVersion.IsCompatible(new Version(sdk.Major, sdk.Minor));

    /// <summary>Reads <paramref name="folder"/>'s data files.</summary>
    /// <exception cref="PluginLoadException">A data file exists but is not valid.</exception>
    public static PluginData Read(string folder) => Read(folder, null);

    /// <summary>Reads <paramref name="folder"/>'s data files; <paramref name="fingerprint"/> is the folder's, when the caller has just taken it.</summary>
    /// <exception cref="PluginLoadException">A data file exists but is not valid.</exception>
    public static PluginData Read(string folder, string? fingerprint)
    {
        folder = Path.GetFullPath(folder);
        if (!Directory.Exists(folder))
            throw new PluginLoadException("the folder does not exist.");
        fingerprint ??= PluginFingerprint.Of(folder);
        var manifest = PluginManifest.TryRead(folder);
        return new PluginData { Folder = folder, Manifest = manifest, Definitions = ReadDefinitions(folder), Fingerprint = fingerprint };
    }

    /// <summary>The message for a plugin built against an SDK this host cannot run.</summary>
    public static string SdkMismatch(Version built) =>
        $"built against SDK {built}, but this host has SDK {SdkVersion.Current}: " +
        (built.Major != SdkVersion.Current.Major
            ? $"the SDK major versions differ (a major version breaks plugins); rebuild it against ButtplugHost.Sdk {SdkVersion.Current.Major}.x."
            : $"the plugin needs a host with SDK {built} or newer; update the host or rebuild it against ButtplugHost.Sdk {SdkVersion.Current}.");

    private static IReadOnlyList<ProtocolDefinition>? ReadDefinitions(string folder)
    {
        var path = Path.Combine(folder, DefinitionsFileName);
        if (!File.Exists(path))
            return null;
        try
        {
            return DefinitionFile.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new PluginLoadException($"{DefinitionsFileName} is not valid: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new PluginLoadException($"{DefinitionsFileName} cannot be read: {e.Message}", e);
        }
    }
}
