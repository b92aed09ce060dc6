namespace ButtplugHost.Plugins;

/// <summary>
/// A plugin folder as the one-shot commands see it, from data only: <see cref="PluginData"/> and the
/// metadata of its assembly (which SDK it references, its version), no plugin code loaded or run.
/// </summary>
/// <param name="Data">The folder's manifest and definitions.</param>
/// <param name="Assembly">The plugin's main assembly file.</param>
/// <param name="Sdk">The SDK version the assembly references (major.minor).</param>
/// <param name="Id">The manifest's id, else the assembly's name (as when it is loaded).</param>
/// <param name="Version">The manifest's version, else the assembly's.</param>
internal sealed record PluginInspection(PluginData Data, string Assembly, Version Sdk, string Id, string Version)
{
    /// <summary>The manifest's kind, else "protocol" when the folder has definitions, else "unknown".</summary>
    public string Kind => Data.Kind ?? (Data.Definitions is not null ? "protocol" : "unknown");

    /// <summary>Reads a folder's data and its assembly's metadata.</summary>
    /// <exception cref="PluginLoadException">The folder is not a usable plugin; the message says why.</exception>
    public static PluginInspection Of(string folder)
    {
        var data = PluginData.Read(folder);
        var dll = PluginAssemblyProbe.FindPluginAssembly(data.Folder, data.Manifest);
        var sdk = PluginAssemblyProbe.ReferencedSdkVersion(dll)
            ?? throw new PluginLoadException($"{Path.GetFileName(dll)} does not reference {PluginAssemblyProbe.SdkAssemblyName}.");
        var built = new Version(sdk.Major, sdk.Minor);
        if (!ButtplugHost.Sdk.Plugins.SdkVersion.IsCompatible(built))
            throw new PluginLoadException(PluginData.SdkMismatch(built));
        var id = data.Manifest?.Id is { Length: > 0 } named ? named : Path.GetFileNameWithoutExtension(dll);
        var version = data.Manifest?.Version ?? PluginAssemblyProbe.AssemblyVersion(dll)?.ToString(3) ?? "0.0.0";
        return new PluginInspection(data, dll, built, id, version);
    }
}
