using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins;

/// <summary>
/// The plugins the host has loaded, from every configured plugin directory. A folder that fails to
/// load is logged with the reason and skipped. Plugins can be added, replaced and removed while the
/// host runs (see <see cref="PluginWatcher"/>).
/// </summary>
internal sealed class PluginCatalog(PluginFolderLoader loader, IConfiguration configuration, ILogger<PluginCatalog> logger)
{
    private readonly object _gate = new();
    private readonly List<LoadedPlugin> _plugins = [];
    // During the startup load each plugin is logged at Debug; the device manager logs one summary line.
    private bool _startupLoad;

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
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Loads every plugin folder of every plugin directory.</summary>
    /// <returns>The folders that were skipped, with the reason.</returns>
    public IReadOnlyList<(string Folder, string Reason)> LoadAll()
    {
        var skipped = new List<(string, string)>();
        _startupLoad = true;
        try
        {
            LoadDirectories(skipped);
        }
        finally
        {
            _startupLoad = false;
        }
        return skipped;
    }

    private void LoadDirectories(List<(string, string)> skipped)
    {
        foreach (var directory in Directories)
        {
            if (!Directory.Exists(directory))
            {
                logger.LogWarning("Plugin directory {Directory} does not exist", directory);
                continue;
            }
            foreach (var folder in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
            {
                var (plugin, error) = Load(folder, replacing: null);
                if (plugin is not null)
                    continue;
                logger.LogError("Skipped plugin folder {Folder}: {Reason}", folder, error);
                skipped.Add((folder, error ?? "unknown error"));
                RecordFailure(folder, error);
            }
        }
    }

    /// <summary>The plugin loaded from <paramref name="folder"/>, if any.</summary>
    public LoadedPlugin? FindByFolder(string folder)
    {
        folder = Path.GetFullPath(folder);
        lock (_gate)
            return _plugins.FirstOrDefault(p => p.Folder == folder);
    }

    /// <summary>Loads one folder; logs and returns null when it cannot be loaded.</summary>
    public LoadedPlugin? TryLoad(string folder)
    {
        var (plugin, error) = Load(folder, replacing: null);
        if (plugin is null)
        {
            logger.LogError("Skipped plugin folder {Folder}: {Reason}", folder, error);
            RecordFailure(folder, error);
        }
        return plugin;
    }

    /// <summary>Plugin folders that could not be loaded, with the reason (the latest attempt per folder).</summary>
    public IReadOnlyDictionary<string, string> Failures { get { lock (_gate) return new Dictionary<string, string>(_failures); } }

    private readonly Dictionary<string, string> _failures = new(StringComparer.Ordinal);

    /// <summary>Remembers why <paramref name="folder"/> could not be loaded (shown on the status page, counted in the metrics).</summary>
    public void RecordFailure(string folder, string? error)
    {
        Metrics.HostMeter.PluginLoadFailures.Add(1);
        lock (_gate)
            _failures[Path.GetFullPath(folder)] = error ?? "unknown error";
    }

    /// <summary>
    /// Loads <paramref name="folder"/> and, only once the new copy has loaded, swaps it for
    /// <paramref name="replacing"/> (whose devices are stopped and whose load context is unloaded).
    /// When the new copy cannot be loaded, <paramref name="replacing"/> stays as it is.
    /// </summary>
    /// <returns>The loaded plugin, or null and the reason it could not be loaded.</returns>
    public (LoadedPlugin? Plugin, string? Error) Load(string folder, LoadedPlugin? replacing)
    {
        LoadedPlugin plugin;
        try
        {
            plugin = loader.Load(folder);
        }
        catch (Exception e)
        {
            // Whatever a broken folder throws (bad image, missing dependency, plugin code), the host goes on.
            return (null, e is PluginLoadException ? e.Message : $"{e.GetType().Name}: {e.Message}");
        }
        lock (_gate)
        {
            if (_plugins.FirstOrDefault(p => p.Id == plugin.Id && p != replacing) is { } other)
            {
                plugin.Loader.Dispose();
                return (null, $"a plugin with id '{plugin.Id}' is already loaded from {other.Folder}.");
            }
        }
        if (replacing is not null)
            Remove(replacing);
        lock (_gate)
        {
            _plugins.Add(plugin);
            _failures.Remove(plugin.Folder);
        }
        logger.Log(_startupLoad ? LogLevel.Debug : LogLevel.Information, "Loaded plugin {Id} {Version} ({Kind}; SDK {Sdk}) from {Folder}: {Transports} transport(s), {Protocols} protocol(s)",
            plugin.Id, plugin.Version, plugin.Kind, plugin.SdkVersion, plugin.Folder, plugin.Transports.Count, plugin.Protocols.Count);
        try
        {
            PluginAdded?.Invoke(plugin);
        }
        catch (Exception e)
        {
            logger.LogError("Starting plugin {Id} failed: {Error}", plugin.Id, e.Message);
        }
        return (plugin, null);
    }

    /// <summary>Removes a plugin: listeners stop its devices first, then its load context is unloaded.</summary>
    public void Remove(LoadedPlugin plugin)
    {
        lock (_gate)
        {
            if (!_plugins.Contains(plugin))
                return;
        }
        try
        {
            PluginRemoving?.Invoke(plugin);
        }
        catch (Exception e)
        {
            logger.LogError("Stopping the devices of plugin {Id} failed: {Error}", plugin.Id, e.Message);
        }
        lock (_gate)
            _plugins.Remove(plugin);
        plugin.Transports.Clear();
        plugin.Protocols.Clear();
        plugin.Loader.Dispose();
        logger.LogInformation("Unloaded plugin {Id} {Version}", plugin.Id, plugin.Version);
    }
}
