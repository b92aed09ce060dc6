using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins;

/// <summary>
/// The plugins the host has loaded, from every configured plugin directory. A folder that fails to
/// load is logged with the reason and skipped.
/// </summary>
internal sealed class PluginCatalog(PluginFolderLoader loader, IConfiguration configuration, ILogger<PluginCatalog> logger)
{
    private readonly object _gate = new();
    private readonly List<LoadedPlugin> _plugins = [];

    /// <summary>Raised after a plugin was added to the catalog.</summary>
    public event Action<LoadedPlugin>? PluginAdded;

    /// <summary>Raised before a plugin is removed from the catalog (its devices must be stopped).</summary>
    public event Action<LoadedPlugin>? PluginRemoving;

    public IReadOnlyList<LoadedPlugin> Plugins { get { lock (_gate) return [.. _plugins]; } }

    public IReadOnlyList<ITransport> Transports { get { lock (_gate) return [.. _plugins.SelectMany(p => p.Transports)]; } }

    public IReadOnlyList<IProtocol> Protocols { get { lock (_gate) return [.. _plugins.SelectMany(p => p.Protocols)]; } }

    /// <summary>The plugin directories, resolved against the executable's folder.</summary>
    public IReadOnlyList<string> Directories =>
        (configuration.GetSection("Plugins:Directories").Get<string[]>() ?? ["plugins"])
            .Select(d => Path.GetFullPath(d, AppContext.BaseDirectory))
            .ToList();

    /// <summary>Loads every plugin folder of every plugin directory.</summary>
    public void LoadAll()
    {
        foreach (var directory in Directories)
        {
            if (!Directory.Exists(directory))
            {
                logger.LogWarning("Plugin directory {Directory} does not exist", directory);
                continue;
            }
            foreach (var folder in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
                TryLoad(folder);
        }
    }

    /// <summary>Loads one folder; logs and returns null when it cannot be loaded.</summary>
    public LoadedPlugin? TryLoad(string folder)
    {
        try
        {
            var plugin = loader.Load(folder);
            lock (_gate)
            {
                if (_plugins.Any(p => p.Id == plugin.Id))
                {
                    plugin.Loader.Dispose();
                    throw new PluginLoadException($"a plugin with id '{plugin.Id}' is already loaded.");
                }
                _plugins.Add(plugin);
            }
            logger.LogInformation("Loaded plugin {Id} {Version} ({Kind}; SDK {Sdk}): {Transports} transport(s), {Protocols} protocol(s)",
                plugin.Id, plugin.Version, plugin.Kind, plugin.SdkVersion, plugin.Transports.Count, plugin.Protocols.Count);
            PluginAdded?.Invoke(plugin);
            return plugin;
        }
        catch (Exception e) when (e is PluginLoadException or IOException or UnauthorizedAccessException or BadImageFormatException or FileLoadException)
        {
            logger.LogError("Skipped plugin folder {Folder}: {Reason}", folder, e.Message);
            return null;
        }
    }

    /// <summary>Removes a plugin: listeners stop its devices first, then its load context is unloaded.</summary>
    public void Remove(LoadedPlugin plugin)
    {
        lock (_gate)
        {
            if (!_plugins.Contains(plugin))
                return;
        }
        PluginRemoving?.Invoke(plugin);
        lock (_gate)
            _plugins.Remove(plugin);
        plugin.Loader.Dispose();
        logger.LogInformation("Unloaded plugin {Id} {Version}", plugin.Id, plugin.Version);
    }
}
