using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins;

/// <summary>Loading a plugin known from its data, the first time a device matches one of its protocols.</summary>
internal sealed partial class PluginCatalog
{
    /// <summary>How long one plugin may take to load (<c>Plugins:LoadTimeoutMs</c>, default 10 s).</summary>
    public TimeSpan LoadTimeout => TimeSpan.FromMilliseconds(Math.Max(1, configuration.GetValue<int?>("Plugins:LoadTimeoutMs") ?? 10_000));

    /// <summary>
    /// Makes sure the plugin of <paramref name="protocol"/> is loaded and registers it. Loads are
    /// serialised per plugin and bounded by <see cref="LoadTimeout"/>; a plugin that fails to load is
    /// not tried again until its folder changes, and fails only the devices that need it.
    /// </summary>
    /// <exception cref="PluginLoadException">The plugin could not be loaded, or does not register the protocol; the message says why.</exception>
    public async Task EnsureLoadedAsync(DeclaredProtocol protocol, CancellationToken cancellationToken)
    {
        var declared = protocol.Plugin;
        await declared.LoadGate.WaitAsync(cancellationToken);
        try
        {
            if (declared.Loaded is null)
                await LoadDeclaredAsync(declared, protocol.Name, cancellationToken);
        }
        finally
        {
            declared.LoadGate.Release();
        }
        if (protocol.Implementation is null)
            throw new PluginLoadException($"plugin {declared.Id} does not register protocol {protocol.Name}, which its {PluginData.DefinitionsFileName} names.");
    }

    private async Task LoadDeclaredAsync(DeclaredPlugin declared, string protocol, CancellationToken cancellationToken)
    {
        if (declared.LoadError is { } earlier)
            throw new PluginLoadException($"{earlier} (not tried again until its folder changes)");
        if (FindDeclared(declared.Folder) != declared)
            throw new PluginLoadException("its folder changed or was removed.");
        var started = Stopwatch.GetTimestamp();
        // Plugin code (Configure) runs off the caller's thread so a hang is bounded by the timeout.
        var loading = Task.Run(() => loader.Load(declared.Folder), CancellationToken.None);
        LoadedPlugin plugin;
        try
        {
            plugin = await loading.WaitAsync(LoadTimeout, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            DisposeWhenDone(loading);
            throw;
        }
        catch (Exception e)
        {
            if (e is TimeoutException)
                DisposeWhenDone(loading);
            declared.LoadError = e is TimeoutException ? $"loading took longer than {LoadTimeout.TotalMilliseconds:0} ms" : Describe(e);
            logger.LogError("Plugin {Id} from {Folder} failed to load for a {Protocol} device: {Reason}; its devices are not connected until its folder changes",
                declared.Id, declared.Folder, protocol, declared.LoadError);
            Metrics.HostMeter.PluginLoadFailures.Add(1);
            throw new PluginLoadException(declared.LoadError, e);
        }
        lock (_gate)
        {
            if (_declared.GetValueOrDefault(declared.Folder) != declared)
            {
                plugin.Loader.Dispose();
                throw new PluginLoadException("its folder changed while it was loading.");
            }
            declared.Loaded = plugin;
            _plugins.Add(plugin);
        }
        var missing = declared.Protocols.Select(p => p.Name).Except(plugin.Protocols.Select(p => p.Name)).ToList();
        if (missing.Count > 0)
            logger.LogWarning("Plugin {Id} does not register {Protocols}, which its {File} names: those devices cannot connect",
                plugin.Id, string.Join(", ", missing), PluginData.DefinitionsFileName);
        logger.LogInformation("Loaded plugin {Id} {Version} for a {Protocol} device in {Ms:0} ms",
            plugin.Id, plugin.Version, protocol, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        Started(plugin);
    }

    // A load that is no longer awaited still ends some time: its load context must not stay behind.
    private static void DisposeWhenDone(Task<LoadedPlugin> loading) =>
        _ = loading.ContinueWith(t =>
        {
            if (t.IsCompletedSuccessfully)
                t.Result.Loader.Dispose();
        }, TaskScheduler.Default);
}
