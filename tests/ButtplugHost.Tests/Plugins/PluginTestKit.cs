using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using ButtplugHost.Plugins;
using ButtplugHost.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Tests.Plugins;

/// <summary>In-process plugin loading for tests: configuration, a recording log, copies of built test plugins.</summary>
internal sealed class PluginTestKit : IDisposable
{
    private readonly TempDir _dir = new();

    public PluginTestKit(params (string Key, string? Value)[] settings)
    {
        Directory.CreateDirectory(PluginsDir);
        var all = new List<KeyValuePair<string, string?>> { new("Plugins:Directories:0", PluginsDir) };
        all.AddRange(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        LoggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.AddProvider(Log).SetMinimumLevel(LogLevel.Debug));
        Loader = new PluginFolderLoader(Configuration, LoggerFactory);
        Catalog = new PluginCatalog(Loader, Configuration, LoggerFactory.CreateLogger<PluginCatalog>());
    }

    public static string TestDeviceBuild => Path.Combine(RepoPaths.TestPlugins, "TestDevice");

    public static string FaultyBuild => Path.Combine(RepoPaths.Root, "artifacts", "test-plugins-extra", "Faulty");

    public static string SimulatedBuild => Path.Combine(RepoPaths.BuiltInPlugins, "Simulated");

    /// <summary>The (only) plugin directory of <see cref="Catalog"/>.</summary>
    public string PluginsDir => Path.Combine(_dir.Path, "plugins");

    public string Scratch(string name) => Directory.CreateDirectory(Path.Combine(_dir.Path, name)).FullName;

    public IConfiguration Configuration { get; }

    public RecordingLoggerProvider Log { get; } = new();

    public ILoggerFactory LoggerFactory { get; }

    public PluginFolderLoader Loader { get; }

    public PluginCatalog Catalog { get; }

    /// <summary>Copies a built plugin folder to <paramref name="destination"/> (a folder name in the plugin directory, or a path).</summary>
    public string Install(string build, string destination)
    {
        var target = Path.IsPathRooted(destination) ? destination : Path.Combine(PluginsDir, destination);
        CopyFolder(build, target);
        return target;
    }

    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>Rewrites the ButtplugHost.Sdk version a built plugin assembly references, as if built against another SDK.</summary>
    public static void PatchSdkReference(string dll, ushort major, ushort minor)
    {
        var bytes = File.ReadAllBytes(dll);
        int offset;
        using (var pe = new PEReader(new MemoryStream(bytes)))
        {
            var md = pe.GetMetadataReader();
            var handle = md.AssemblyReferences.Single(h => md.GetString(md.GetAssemblyReference(h).Name) == PluginAssemblyProbe.SdkAssemblyName);
            var row = MetadataTokens.GetRowNumber(handle);
            offset = pe.PEHeaders.MetadataStartOffset + md.GetTableMetadataOffset(TableIndex.AssemblyRef) + md.GetTableRowSize(TableIndex.AssemblyRef) * (row - 1);
        }
        // An AssemblyRef row starts with MajorVersion, MinorVersion (2 bytes each).
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(offset), major);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(offset + 2), minor);
        File.WriteAllBytes(dll, bytes);
    }

    /// <summary>Forces collections until <paramref name="reference"/> is dead; false if it stays alive.</summary>
    public static bool WaitUntilCollected(WeakReference reference)
    {
        for (var i = 0; i < 50 && reference.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            if (reference.IsAlive)
                Thread.Sleep(20);
        }
        return !reference.IsAlive;
    }

    public void Dispose()
    {
        foreach (var plugin in Catalog.Plugins)
            Catalog.Remove(plugin);
        LoggerFactory.Dispose();
        _dir.Dispose();
    }
}

/// <summary>Keeps every log line, for assertions that something was logged.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines { get { lock (_lines) return [.. _lines]; } }

    public bool Contains(string text) => Lines.Any(l => l.Contains(text, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner._lines)
                owner._lines.Add($"{logLevel} {category}: {formatter(state, exception)}");
        }
    }
}
