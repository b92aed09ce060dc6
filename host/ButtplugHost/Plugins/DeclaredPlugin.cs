namespace ButtplugHost.Plugins;

/// <summary>
/// A protocol plugin known from its data (<see cref="PluginData"/>): its protocols are matched from
/// their definitions, and its assembly is loaded the first time a device matches one of them.
/// </summary>
internal sealed class DeclaredPlugin
{
    public DeclaredPlugin(PluginData data)
    {
        Data = data;
        Protocols = [.. data.Definitions!.Select(d => new DeclaredProtocol(d, this))];
    }

    public PluginData Data { get; }

    public string Id => Data.Id;

    public string Folder => Data.Folder;

    public IReadOnlyList<DeclaredProtocol> Protocols { get; }

    /// <summary>The loaded plugin once a device needed it; null before (and after it is unloaded).</summary>
    public LoadedPlugin? Loaded { get; set; }

    /// <summary>Why loading failed; it is not tried again until the folder changes (a new DeclaredPlugin).</summary>
    public string? LoadError { get; set; }

    /// <summary>One load at a time per plugin.</summary>
    public SemaphoreSlim LoadGate { get; } = new(1, 1);
}
