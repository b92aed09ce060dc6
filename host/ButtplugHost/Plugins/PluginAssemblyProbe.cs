using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ButtplugHost.Plugins;

/// <summary>
/// Reads a plugin's assembly metadata without loading it: which SDK version it was built against,
/// and so which DLL in a folder is the plugin.
/// </summary>
internal static class PluginAssemblyProbe
{
    public const string SdkAssemblyName = "ButtplugHost.Sdk";

    /// <summary>The version of ButtplugHost.Sdk that <paramref name="dllPath"/> references; null if none or not .NET.</summary>
    public static Version? ReferencedSdkVersion(string dllPath)
    {
        try
        {
            using var stream = File.OpenRead(dllPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
                return null;
            var md = pe.GetMetadataReader();
            foreach (var handle in md.AssemblyReferences)
            {
                var reference = md.GetAssemblyReference(handle);
                if (md.GetString(reference.Name) == SdkAssemblyName)
                    return reference.Version;
            }
            return null;
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>The assembly version of <paramref name="dllPath"/>, read from its metadata; null if not .NET.</summary>
    public static Version? AssemblyVersion(string dllPath)
    {
        try
        {
            using var stream = File.OpenRead(dllPath);
            using var pe = new PEReader(stream);
            return pe.HasMetadata && pe.GetMetadataReader() is { IsAssembly: true } md ? md.GetAssemblyDefinition().Version : null;
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>The plugin assembly of a folder: the manifest's, else the one DLL that references the SDK.</summary>
    /// <exception cref="PluginLoadException">None or several candidates.</exception>
    public static string FindPluginAssembly(string folder, PluginManifest? manifest)
    {
        if (manifest?.Assembly is { } named)
        {
            var path = Path.Combine(folder, named);
            return File.Exists(path) ? path : throw new PluginLoadException($"plugin.json names {named}, which is not in the folder.");
        }
        var candidates = Directory.GetFiles(folder, "*.dll")
            .Where(f => !Path.GetFileName(f).StartsWith(SdkAssemblyName + ".", StringComparison.Ordinal))
            .Where(f => ReferencedSdkVersion(f) is not null)
            .ToList();
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new PluginLoadException($"no assembly in the folder references {SdkAssemblyName}."),
            _ => throw new PluginLoadException($"several assemblies reference {SdkAssemblyName} ({string.Join(", ", candidates.Select(Path.GetFileName))}); name one in plugin.json \"assembly\"."),
        };
    }
}
