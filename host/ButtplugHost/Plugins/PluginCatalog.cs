using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins;

/// <summary>
/// The installed plugins, from every configured plugin directory. A protocol plugin whose folder
/// states what it serves (<see cref="PluginData.IsDeferrable"/>) is only indexed at start and loaded
/// when a device first needs it (<see cref="EnsureLoadedAsync"/>); every other plugin (transports,
/// mixed, folders without data) is loaded at start unless configuration turns it off
/// (<see cref="PluginSwitch"/>) or its data says it waits for the first scan (<see cref="ScanTimeLoad"/>,
/// <see cref="LoadForScan"/>). The startup load has two halves: <see cref="IndexAll"/> (data only)
/// and <see cref="LoadAtStart"/> (code, which the device manager runs in the background). A folder
/// that fails is logged with the reason and skipped. Plugins can be added, replaced and removed while
/// the host runs (<see cref="Update"/>, <see cref="PluginWatcher"/>); one folder update runs at a time.
/// </summary>
internal sealed partial class PluginCatalog(PluginFolderLoader loader, IConfiguration configuration, ILogger<PluginCatalog> logger)
{
    private readonly object _gate = new();
    // One folder update at a time: the startup load (which may run in the background) and the watcher.
    private readonly object _updateGate = new();
    private readonly List<LoadedPlugin> _plugins = [];
    private readonly Dictionary<string, DeclaredPlugin> _declared = new(StringComparer.Ordinal);
    private readonly List<string> _disabled = [];
    // Transport plugins that load at the first scan, until it comes (then empty for good: later ones load at once).
    private readonly Dictionary<string, PluginData> _forScan = new(StringComparer.Ordinal);
    // Set (under _updateGate) once the first scan has asked for the buses.
    private bool _scanLoaded;
    // During the startup load each plugin is logged at Debug; the device manager logs one summary line.
    private bool _startupLoad;

    /// <summary>Raised after a plugin was loaded and added to the catalog.</summary>
    public event Action<LoadedPlugin>? PluginAdded;

    /// <summary>Raised before a loaded plugin is removed from the catalog (its devices must be stopped).</summary>
    public event Action<LoadedPlugin>? PluginRemoving;

    /// <summary>The loaded plugins.</summary>
    public IReadOnlyList<LoadedPlugin> Plugins { get { lock (_gate) return [.. _plugins]; } }

    /// <summary>The protocol plugins known from their data, loaded or not.</summary>
    public IReadOnlyList<DeclaredPlugin> Declared { get { lock (_gate) return [.. _declared.Values]; } }

    /// <summary>Transport and mixed plugins (their folder names) not loaded because configuration turns them off (<see cref="PluginSwitch"/>).</summary>
    public IReadOnlyList<string> Disabled { get { lock (_gate) return [.. _disabled]; } }

    /// <summary>Transport plugins that are on and load at the first scan (<see cref="ScanTimeLoad"/>), as long as none has come.</summary>
    public IReadOnlyList<PluginData> WaitingForScan { get { lock (_gate) return [.. _forScan.Values.OrderBy(d => d.Folder, StringComparer.Ordinal)]; } }

    public IReadOnlyList<ITransport> Transports { get { lock (_gate) return [.. _plugins.SelectMany(p => p.Transports)]; } }

    /// <summary>
    /// Every protocol a device can match: those of plugins loaded at start, and the declared protocols
    /// of plugins known from their data (which load their code when a device needs it).
    /// </summary>
    public IReadOnlyList<IProtocol> Protocols
    {
        get
        {
            lock (_gate)
            {
                var declaredLoaded = _declared.Values.Select(d => d.Loaded).OfType<LoadedPlugin>().ToHashSet();
                return [.. _plugins.Where(p => !declaredLoaded.Contains(p)).SelectMany(p => p.Protocols), .. _declared.Values.SelectMany(d => d.Protocols)];
            }
        }
    }

    /// <summary>True unless <c>Plugins:LoadOnDemand</c> is false (then every plugin loads at start, as before).</summary>
    public bool LoadOnDemand => configuration.GetValue<bool?>("Plugins:LoadOnDemand") ?? true;

    /// <summary>The plugin directories, resolved against the executable's folder.</summary>
    public IReadOnlyList<string> Directories =>
        (configuration.GetSection("Plugins:Directories").Get<string[]>() ?? ["plugins"])
            .Select(d => Path.GetFullPath(d, AppContext.BaseDirectory))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every plugin folder of every existing plugin directory, in order.</summary>
    public IEnumerable<string> Folders() =>
        Directories.Where(Directory.Exists).SelectMany(d => Directory.GetDirectories(d).Order(StringComparer.Ordinal));

    /// <summary>Indexes or loads every plugin folder of every plugin directory, at once (those that wait for a scan too).</summary>
    /// <returns>The folders that were skipped, with the reason.</returns>
    public IReadOnlyList<(string Folder, string Reason)> LoadAll()
    {
        var (pending, skipped) = IndexAll();
        return [.. skipped, .. LoadAtStart(pending), .. LoadForScan()];
    }

    /// <summary>
    /// The first scan: loads the transport plugins that waited for it (<see cref="WaitingForScan"/>); from
    /// now on such plugins load at once when they are dropped in. Their transports start as each is added.
    /// </summary>
    /// <returns>The folders that were skipped, with the reason.</returns>
    public IReadOnlyList<(string Folder, string Reason)> LoadForScan()
    {
        var skipped = new List<(string, string)>();
        lock (_updateGate)
        {
            _scanLoaded = true;
            // Each stays listed as waiting until it is loaded (or failed): whoever looks meanwhile still finds its bus.
            foreach (var data in WaitingForScan)
            {
                try
                {
                    LoadAsAtStart(data, skipped);
                }
                finally
                {
                    lock (_gate)
                        _forScan.Remove(data.Folder);
                }
            }
        }
        return skipped;
    }

    /// <summary>
    /// The first half of the startup load, data only: reads every folder's data once, indexes the protocol
    /// plugins known from it and notes the plugins configuration turns off. Loads no assembly.
    /// </summary>
    /// <returns>The folders whose code loads at start (<see cref="LoadAtStart"/>), as read; the folders skipped, with the reason.</returns>
    public (IReadOnlyList<PluginData> Pending, IReadOnlyList<(string Folder, string Reason)> Skipped) IndexAll()
    {
        var pending = new List<PluginData>();
        var skipped = new List<(string, string)>();
        foreach (var directory in Directories.Where(d => !Directory.Exists(d)))
            logger.LogWarning("Plugin directory {Directory} does not exist", directory);
        foreach (var folder in Folders())
        {
            lock (_updateGate)
            {
                _startupLoad = true;
                try
                {
                    var (ok, error, load) = Prepare(folder);
                    if (load is not null)
                        pending.Add(load.Value.Data);
                    else if (!ok)
                        skipped.Add(Skip(folder, error));
                }
                finally
                {
                    _startupLoad = false;
                }
            }
        }
        return (pending, skipped);
    }

    /// <summary>
    /// The second half of the startup load: loads the code of the folders <see cref="IndexAll"/> left
    /// (transports and the other plugins that load at start); their transports start as each is added.
    /// A folder the watcher has handled in the meantime is left as the watcher left it.
    /// </summary>
    /// <returns>The folders that were skipped, with the reason.</returns>
    public IReadOnlyList<(string Folder, string Reason)> LoadAtStart(IReadOnlyList<PluginData> pending)
    {
        var skipped = new List<(string, string)>();
        foreach (var data in pending)
        {
            lock (_updateGate)
            {
                if (FindByFolder(data.Folder) is not null || FindDeclared(data.Folder) is not null)
                    continue;
                LoadAsAtStart(data, skipped);
            }
        }
        return skipped;
    }

    // Loads one plugin as the start-up load does (logged at Debug: one summary line follows); the caller
    // holds _updateGate.
    private void LoadAsAtStart(PluginData data, List<(string, string)> skipped)
    {
        _startupLoad = true;
        try
        {
            var (plugin, error) = Load(data, replacing: null);
            if (plugin is null)
                skipped.Add(Skip(data.Folder, error));
        }
        finally
        {
            _startupLoad = false;
        }
    }

    private (string, string) Skip(string folder, string? error)
    {
        logger.LogError("Skipped plugin folder {Folder}: {Reason}", folder, error);
        RecordFailure(folder, error);
        return (folder, error ?? "unknown error");
    }

    /// <summary>The loaded plugin from <paramref name="folder"/>, if any.</summary>
    public LoadedPlugin? FindByFolder(string folder)
    {
        folder = Path.GetFullPath(folder);
        lock (_gate)
            return _plugins.FirstOrDefault(p => p.Folder == folder);
    }

    /// <summary>The plugin known from the data of <paramref name="folder"/>, if any.</summary>
    public DeclaredPlugin? FindDeclared(string folder)
    {
        lock (_gate)
            return _declared.GetValueOrDefault(Path.GetFullPath(folder));
    }

    /// <summary>The data of the plugin from <paramref name="folder"/> that waits for the first scan, if any.</summary>
    public PluginData? FindWaiting(string folder)
    {
        lock (_gate)
            return _forScan.GetValueOrDefault(Path.GetFullPath(folder));
    }

    /// <summary>The id of the plugin that provides <paramref name="protocol"/>.</summary>
    public string PluginIdOf(IProtocol protocol) => protocol is DeclaredProtocol declared
        ? declared.Plugin.Id
        : Plugins.FirstOrDefault(p => p.Protocols.Contains(protocol))?.Id ?? "";

    /// <summary>Loads one folder at once (whatever its data says); logs and returns null when it cannot be loaded.</summary>
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
    /// Brings the catalog in line with <paramref name="folder"/> as it is now: a removed folder's plugin
    /// goes; a protocol plugin with data is (re-)indexed without loading code (a loaded copy is stopped
    /// and unloaded first); any other plugin is loaded (replacing a running copy only once the new one
    /// has loaded). Nothing happens when the folder's loadable content did not change.
    /// </summary>
    /// <returns>False and the reason when the folder could not be used; whatever ran before stays.</returns>
    public (bool Ok, string? Error) Update(string folder)
    {
        lock (_updateGate)
        {
            var (ok, error, load) = Prepare(folder);
            if (load is not { } l)
                return (ok, error);
            if (l.Replacing is not null && !_startupLoad)
                logger.LogInformation("Plugin folder {Folder} changed: reloading {Id}", l.Data.Folder, l.Replacing.Id);
            var (plugin, loadError) = Load(l.Data, l.Replacing);
            return (plugin is not null, loadError);
        }
    }

    // Everything Update does short of loading code. The folder's data is read once, and returned when its code must load.
    private (bool Ok, string? Error, (PluginData Data, LoadedPlugin? Replacing)? Load) Prepare(string folder)
    {
        folder = Path.GetFullPath(folder);
        var loaded = FindByFolder(folder);
        var declared = FindDeclared(folder);
        var waiting = FindWaiting(folder);
        if (!Directory.Exists(folder))
        {
            lock (_gate)
            {
                _disabled.Remove(Path.GetFileName(folder));
                if (_forScan.Remove(folder))
                    logger.LogInformation("Plugin folder {Folder} was removed: {Id} is no longer installed", folder, waiting!.Id);
            }
            if (loaded is not null)
            {
                logger.LogInformation("Plugin folder {Folder} was removed: unloading {Id}", folder, loaded.Id);
                Remove(loaded);
            }
            if (declared is not null && Forget(declared))
                logger.LogInformation("Plugin folder {Folder} was removed: {Id} is no longer installed", folder, declared.Id);
            return (true, null, null);
        }
        var fingerprint = PluginFingerprint.Of(folder);
        if (fingerprint.Length == 0 || (loaded ?? declared ?? (object?)waiting) is not null && (loaded?.Fingerprint ?? declared?.Data.Fingerprint ?? waiting!.Fingerprint) == fingerprint)
            return (true, null, null); // nothing loadable yet (a folder just created), or nothing that matters changed
        PluginData data;
        try
        {
            data = PluginData.Read(folder, fingerprint);
        }
        catch (PluginLoadException e)
        {
            return (false, e.Message, null);
        }
        if (data.IsDeferrable && LoadOnDemand)
        {
            lock (_gate)
                _forScan.Remove(folder);
            var (ok, error) = Declare(data, loaded, declared);
            return (ok, error, null);
        }
        if (WhyOff(data) is { } off)
        {
            if (loaded is not null)
                Remove(loaded);
            lock (_gate)
            {
                _forScan.Remove(folder);
                if (!_disabled.Contains(Path.GetFileName(folder)))
                    _disabled.Add(Path.GetFileName(folder));
            }
            logger.LogDebug("Plugin {Id} not loaded: {Reason}", data.Id, off);
            return (true, null, null);
        }
        if (declared is not null)
            Forget(declared);
        lock (_gate)
        {
            _disabled.Remove(Path.GetFileName(folder));
            _forScan.Remove(folder);
            // A bus no scan has needed yet waits for the first one (a loaded copy is replaced as usual).
            if (loaded is null && !_scanLoaded && ScanTimeLoad.Waits(data, configuration, LoadOnDemand))
            {
                _forScan[folder] = data;
                waiting = data;
            }
            else
            {
                waiting = null;
            }
        }
        if (waiting is not null)
        {
            logger.Log(_startupLoad ? LogLevel.Debug : LogLevel.Information, "Plugin {Id} {Version} from {Folder} loads at the first scan", data.Id, data.Version, folder);
            return (true, null, null);
        }
        return (true, null, (data, loaded));
    }

    /// <summary>Why configuration keeps the plugin of <paramref name="data"/> from loading; null when it loads (<see cref="PluginSwitch"/>).</summary>
    public string? WhyOff(PluginData data) => data.IsDeferrable && LoadOnDemand ? null : PluginSwitch.WhyOff(data, configuration);

    private (bool, string?) Declare(PluginData data, LoadedPlugin? loaded, DeclaredPlugin? previous)
    {
        lock (_gate)
        {
            var clash = _plugins.FirstOrDefault(p => p.Id == data.Id && p != loaded)?.Folder
                ?? _declared.Values.FirstOrDefault(d => d.Id == data.Id && d != previous)?.Folder;
            if (clash is not null)
                return (false, $"a plugin with id '{data.Id}' is already installed from {clash}.");
        }
        if (loaded is not null)
        {
            logger.LogInformation("Plugin folder {Folder} changed: unloading {Id}; the new copy loads when a device needs it", data.Folder, loaded.Id);
            Remove(loaded);
        }
        var plugin = new DeclaredPlugin(data);
        lock (_gate)
        {
            _declared[data.Folder] = plugin;
            _failures.Remove(data.Folder);
        }
        logger.Log(_startupLoad ? LogLevel.Debug : LogLevel.Information,
            "Indexed plugin {Id} {Version} from {Folder}: {Count} protocol(s) ({Protocols}), loaded when a device needs it",
            data.Id, data.Version, data.Folder, plugin.Protocols.Count, string.Join(", ", plugin.Protocols.Select(p => p.Name)));
        return (true, null);
    }

    // Takes a declared plugin out of the index (its loaded copy, if any, is removed by the caller).
    private bool Forget(DeclaredPlugin declared)
    {
        lock (_gate)
            return _declared.GetValueOrDefault(declared.Folder) == declared && _declared.Remove(declared.Folder);
    }

    /// <summary>
    /// Loads <paramref name="folder"/> and, only once the new copy has loaded, swaps it for
    /// <paramref name="replacing"/> (whose devices are stopped and whose load context is unloaded).
    /// When the new copy cannot be loaded, <paramref name="replacing"/> stays as it is.
    /// </summary>
    /// <returns>The loaded plugin, or null and the reason it could not be loaded.</returns>
    public (LoadedPlugin? Plugin, string? Error) Load(string folder, LoadedPlugin? replacing) => Load(folder, null, replacing);

    private (LoadedPlugin? Plugin, string? Error) Load(PluginData data, LoadedPlugin? replacing) => Load(data.Folder, data, replacing);

    private (LoadedPlugin? Plugin, string? Error) Load(string folder, PluginData? data, LoadedPlugin? replacing)
    {
        LoadedPlugin plugin;
        try
        {
            plugin = loader.Load(folder, data);
        }
        catch (Exception e)
        {
            // Whatever a broken folder throws (bad image, missing dependency, plugin code), the host goes on.
            return (null, Describe(e));
        }
        lock (_gate)
        {
            var clash = _plugins.FirstOrDefault(p => p.Id == plugin.Id && p != replacing)?.Folder
                ?? _declared.Values.FirstOrDefault(d => d.Id == plugin.Id && d.Folder != plugin.Folder)?.Folder;
            if (clash is not null)
            {
                plugin.Loader.Dispose();
                return (null, $"a plugin with id '{plugin.Id}' is already installed from {clash}.");
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
        Started(plugin);
        return (plugin, null);
    }

    private void Started(LoadedPlugin plugin)
    {
        try
        {
            PluginAdded?.Invoke(plugin);
        }
        catch (Exception e)
        {
            logger.LogError("Starting plugin {Id} failed: {Error}", plugin.Id, e.Message);
        }
    }

    private static string Describe(Exception e) => e is PluginLoadException ? e.Message : $"{e.GetType().Name}: {e.Message}";

    /// <summary>
    /// Removes a loaded plugin: listeners stop its devices first, then its load context is unloaded.
    /// A plugin known from its data goes out of the index with it.
    /// </summary>
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
        {
            _plugins.Remove(plugin);
            if (_declared.GetValueOrDefault(plugin.Folder) is { } declared && declared.Loaded == plugin)
            {
                declared.Loaded = null;
                _declared.Remove(plugin.Folder);
            }
        }
        plugin.Transports.Clear();
        plugin.Protocols.Clear();
        plugin.Loader.Dispose();
        logger.LogInformation("Unloaded plugin {Id} {Version}", plugin.Id, plugin.Version);
    }
}
