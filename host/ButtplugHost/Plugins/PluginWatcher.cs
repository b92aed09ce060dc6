using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins;

/// <summary>
/// Hot reload: watches the plugin directories while the host runs. A plugin folder that changed is
/// handled once it has been quiet for <c>Plugins:WatchQuietMs</c> (default 500 ms), so a copy in
/// progress is never loaded half-way (<see cref="PluginCatalog.Update"/>): a protocol plugin's data is
/// read again without loading its code (a loaded copy is stopped and unloaded, and a plugin that failed
/// to load gets a new chance); any other new folder is loaded, a changed one is loaded anew and swapped
/// for the old copy (whose devices are stopped and whose load context is unloaded), a removed one is
/// unloaded. A load that fails is retried a few times (a copy may pause longer than the quiet period);
/// the old copy, if any, keeps running meanwhile. Off with <c>Plugins:Watch=false</c>; a directory whose
/// changes cannot be observed (network shares, <c>Plugins:WatchByPolling=true</c>, inotify limits) is polled.
/// </summary>
internal sealed class PluginWatcher(PluginCatalog catalog, IConfiguration configuration, ILogger<PluginWatcher> logger, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);
    private const int MaxAttempts = 5;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _changed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Attempts, DateTimeOffset NextTry)> _retries = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _watchers = [];
    private const int PollEveryTicks = 10;

    // Directories that could not be watched, with each folder's fingerprint when last polled.
    private readonly Dictionary<string, Dictionary<string, string>> _polled = new(StringComparer.Ordinal);

    private TimeSpan QuietPeriod => TimeSpan.FromMilliseconds(Math.Max(0, configuration.GetValue<int?>("Plugins:WatchQuietMs") ?? 500));

    public bool Enabled => configuration.GetValue<bool?>("Plugins:Watch") ?? true;

    /// <summary>Starts watching before returning, so no change made after the host started is missed.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            logger.LogInformation("Plugin folders are not watched (Plugins:Watch is false)");
            return Task.CompletedTask;
        }
        foreach (var directory in catalog.Directories)
            Watch(directory);
        return _watchers.Count == 0 && _polled.Count == 0 ? Task.CompletedTask : base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick, time);
        try
        {
            var ticks = 0;
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (_polled.Count > 0 && ++ticks % PollEveryTicks == 0)
                    Poll();
                HandleDue();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        foreach (var watcher in _watchers)
            watcher.Dispose();
        _watchers.Clear();
        base.Dispose();
    }

    private void Watch(string directory)
    {
        if (!Directory.Exists(directory))
        {
            logger.LogWarning("Plugin directory {Directory} does not exist; it is not watched", directory);
            return;
        }
        if (configuration.GetValue<bool?>("Plugins:WatchByPolling") == true)
        {
            // File-system events do not arrive from network shares; polling sees every change.
            _polled[directory] = Snapshot(directory);
            logger.LogInformation("Polling plugin directory {Directory} every second for added, replaced and removed plugins", directory);
            return;
        }
        var watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Created += (_, e) => MarkChanged(directory, e.FullPath);
        watcher.Changed += (_, e) => MarkChanged(directory, e.FullPath);
        watcher.Deleted += (_, e) => MarkChanged(directory, e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            MarkChanged(directory, e.OldFullPath);
            MarkChanged(directory, e.FullPath);
        };
        watcher.Error += (_, e) =>
        {
            // Events were lost (buffer overflow): look at every folder again.
            logger.LogWarning("Watching {Directory} lost events ({Error}); rescanning it", directory, e.GetException().Message);
            MarkAll(directory);
        };
        try
        {
            watcher.EnableRaisingEvents = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // E.g. the system's inotify limits are reached: look at the directory every second instead.
            watcher.Dispose();
            logger.LogWarning("Cannot watch plugin directory {Directory} for changes ({Error}); polling it every second instead", directory, e.Message);
            _polled[directory] = Snapshot(directory);
            return;
        }
        _watchers.Add(watcher);
        logger.LogDebug("Watching plugin directory {Directory} for added, replaced and removed plugins", directory);
    }

    private void MarkChanged(string directory, string path)
    {
        var relative = Path.GetRelativePath(directory, path);
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal))
            return;
        var top = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        _changed[Path.Combine(directory, top)] = time.GetUtcNow();
    }

    private void MarkAll(string directory)
    {
        var now = time.GetUtcNow();
        var folders = Directory.Exists(directory) ? Directory.GetDirectories(directory) : [];
        var known = catalog.Plugins.Select(p => p.Folder).Concat(catalog.Declared.Select(d => d.Folder)).Concat(catalog.WaitingForScan.Select(d => d.Folder));
        foreach (var folder in folders.Concat(known.Where(f => Path.GetDirectoryName(f) == directory)))
            _changed[folder] = now;
    }

    private static Dictionary<string, string> Snapshot(string directory)
    {
        try
        {
            return Directory.GetDirectories(directory).ToDictionary(f => f, PluginFingerprint.Of, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }
    }

    private void Poll()
    {
        foreach (var (directory, before) in _polled.ToList())
        {
            var now = Snapshot(directory);
            foreach (var folder in before.Keys.Union(now.Keys))
            {
                if (before.GetValueOrDefault(folder) != now.GetValueOrDefault(folder))
                    _changed[folder] = time.GetUtcNow();
            }
            _polled[directory] = now;
        }
    }

    /// <summary>Handles every folder that has been quiet long enough, and every retry that is due.</summary>
    internal void HandleDue()
    {
        var now = time.GetUtcNow();
        foreach (var (folder, last) in _changed)
        {
            if (now - last < QuietPeriod || !_changed.TryRemove(new KeyValuePair<string, DateTimeOffset>(folder, last)))
                continue;
            _retries.Remove(folder); // a fresh change starts a fresh series of attempts
            Reconcile(folder, attempt: 1);
        }
        foreach (var (folder, retry) in _retries.Where(r => r.Value.NextTry <= now).ToList())
        {
            if (_changed.ContainsKey(folder))
                continue; // still changing: the quiet period decides
            Reconcile(folder, retry.Attempts + 1);
        }
    }

    private void Reconcile(string folder, int attempt)
    {
        try
        {
            ReconcileCore(folder, attempt);
        }
        catch (Exception e)
        {
            // The watcher must outlive any one folder's trouble.
            _retries.Remove(folder);
            logger.LogError("Handling plugin folder {Folder} failed: {Error}", folder, e.Message);
        }
    }

    private void ReconcileCore(string folder, int attempt)
    {
        var (ok, error) = catalog.Update(folder);
        if (ok)
        {
            _retries.Remove(folder);
            return;
        }
        if (attempt < MaxAttempts)
        {
            _retries[folder] = (attempt, time.GetUtcNow() + TimeSpan.FromSeconds(attempt));
            logger.LogWarning("Could not load plugin folder {Folder} (attempt {Attempt} of {Max}, trying again): {Reason}", folder, attempt, MaxAttempts, error);
        }
        else
        {
            _retries.Remove(folder);
            logger.LogError("Skipped plugin folder {Folder} until it changes again: {Reason}", folder, error);
            catalog.RecordFailure(folder, error);
        }
    }
}
