using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;
using McMaster.NETCore.Plugins;

namespace ButtplugHost.Plugins;

/// <summary>A plugin loaded into its own load context, with what it registered.</summary>
internal sealed class LoadedPlugin(string id, string version, string folder, Version sdkVersion, string? description, PluginLoader loader, string fingerprint = "")
{
    public string Id { get; } = id;
    public string Version { get; } = version;
    public string Folder { get; } = folder;
    public Version SdkVersion { get; } = sdkVersion;
    public string? Description { get; } = description;
    public PluginLoader Loader { get; } = loader;

    /// <summary>The folder's <see cref="PluginFingerprint"/> when it was loaded: the watcher reloads when it changes.</summary>
    public string Fingerprint { get; } = fingerprint;
    public List<ITransport> Transports { get; } = [];
    public List<IProtocol> Protocols { get; } = [];

    /// <summary>"transport", "protocol" or "mixed", from what the plugin registered.</summary>
    public string Kind => (Transports.Count > 0, Protocols.Count > 0) switch
    {
        (true, true) => "mixed",
        (true, false) => "transport",
        (false, true) => "protocol",
        _ => "empty",
    };
}
