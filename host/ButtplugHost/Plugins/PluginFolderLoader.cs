using System.Reflection;
using ButtplugHost.Sdk.Plugins;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins;

/// <summary>
/// Loads one plugin folder into its own collectible load context. Only the SDK and the
/// Microsoft.Extensions abstractions are shared with the host; everything else the plugin brings
/// is its own. The plugin's SDK version is checked before any of its code runs.
/// </summary>
internal sealed class PluginFolderLoader(IConfiguration configuration, ILoggerFactory loggerFactory)
{
    private static readonly Type[] SharedTypes =
    [
        typeof(IButtplugPlugin),
        typeof(ILogger),
        typeof(ILoggerFactory),
        typeof(IConfiguration),
    ];

    /// <param name="folder">The plugin folder.</param>
    /// <param name="data">The folder's data as just read (its fingerprint and manifest are not read again); null reads them.</param>
    /// <exception cref="PluginLoadException">The folder is not a loadable plugin; the message says why.</exception>
    public LoadedPlugin Load(string folder, PluginData? data = null)
    {
        folder = Path.GetFullPath(folder);
        if (!Directory.Exists(folder))
            throw new PluginLoadException("the folder does not exist.");
        var fingerprint = data?.Fingerprint ?? PluginFingerprint.Of(folder);
        var manifest = data is null ? PluginManifest.TryRead(folder) : data.Manifest;
        var dll = PluginAssemblyProbe.FindPluginAssembly(folder, manifest);
        var sdk = PluginAssemblyProbe.ReferencedSdkVersion(dll)
            ?? throw new PluginLoadException($"{Path.GetFileName(dll)} does not reference {PluginAssemblyProbe.SdkAssemblyName}.");
        var built = new Version(sdk.Major, sdk.Minor);
        if (!SdkVersion.IsCompatible(built))
            throw new PluginLoadException(PluginData.SdkMismatch(built));

        var loader = McMaster.NETCore.Plugins.PluginLoader.CreateFromAssemblyFile(dll, SharedTypes, config =>
        {
            config.PreferSharedTypes = true;
            config.IsUnloadable = true;
            config.LoadInMemory = true; // so a replaced plugin's files are not locked (hot reload)
        });
        try
        {
            var assembly = loader.LoadDefaultAssembly();
            var name = assembly.GetName();
            var plugin = new LoadedPlugin(
                id: manifest?.Id ?? name.Name ?? Path.GetFileName(folder),
                version: manifest?.Version ?? name.Version?.ToString(3) ?? "0.0.0",
                folder: folder,
                sdkVersion: built,
                description: manifest?.Description,
                loader: loader,
                fingerprint: fingerprint);
            var entryTypes = EntryTypes(assembly);
            if (entryTypes.Count == 0)
                throw new PluginLoadException($"{Path.GetFileName(dll)} has no public class implementing {nameof(IButtplugPlugin)}.");
            var context = new PluginContext(configuration, loggerFactory, folder);
            foreach (var type in entryTypes)
            {
                try
                {
                    var entry = (IButtplugPlugin)Activator.CreateInstance(type)!;
                    entry.Configure(new PluginBuilder(context, plugin));
                }
                catch (Exception e)
                {
                    var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
                    throw new PluginLoadException($"{type.FullName}.Configure threw {cause.GetType().Name}: {cause.Message}", cause);
                }
            }
            return plugin;
        }
        catch
        {
            loader.Dispose();
            throw;
        }
    }

    private static List<Type> EntryTypes(Assembly assembly)
    {
        Type?[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types;
        }
        return types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IButtplugPlugin).IsAssignableFrom(t)).Select(t => t!).ToList();
    }
}
