using System.Text.Json;
using System.Text.Json.Serialization;
using ButtplugHost.Devices.UserConfig;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Session.Approval;

/// <summary>
/// The remembered decisions (<c>client-approvals.json</c>, beside the user device config by default).
/// The server watches the file, so a decision written by <c>--approve-client</c> while it runs applies
/// at once, also to a client waiting now. Written atomically; a file that cannot be read is reported
/// and never overwritten. Without a path the decisions live in memory only.
/// </summary>
internal sealed class ApprovalStore : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // A file for people to read: names as they are (it is never served as HTML).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly object _gate = new();
    private readonly ILogger _logger;
    private List<RememberedClient> _clients = [];
    private bool _writable = true;
    private FileSystemWatcher? _watcher;

    public ApprovalStore(string? path, ILogger logger)
    {
        _logger = logger;
        FilePath = string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path);
        if (FilePath is null || !File.Exists(FilePath))
            return;
        try
        {
            _clients = Read(FilePath);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            _writable = false;
            logger.LogError("Client approvals file {Path}: {Error}. It is left untouched and not written; decisions are remembered in memory only", FilePath, e.Message);
        }
    }

    /// <summary>The file, if decisions are saved.</summary>
    public string? FilePath { get; }

    /// <summary>Raised when the file changed on disk and was read again.</summary>
    public event Action? Reloaded;

    public IReadOnlyList<RememberedClient> Clients
    {
        get
        {
            lock (_gate)
                return [.. _clients];
        }
    }

    /// <summary>The remembered decision about <paramref name="client"/>, or null.</summary>
    public RememberedClient? Find(ClientIdentity client)
    {
        lock (_gate)
            return _clients.FirstOrDefault(c => c.Identity == client);
    }

    /// <summary>Remembers (replacing any earlier decision) and saves.</summary>
    public void Remember(ClientIdentity client, ClientDecision decision, DateTimeOffset when)
    {
        lock (_gate)
        {
            _clients = [.. _clients.Where(c => c.Identity != client), new RememberedClient(client.Name, client.Origin, decision, when)];
            Save();
        }
    }

    /// <summary>Revokes the decision about <paramref name="client"/>; false when there was none.</summary>
    public bool Forget(ClientIdentity client)
    {
        lock (_gate)
        {
            var kept = _clients.Where(c => c.Identity != client).ToList();
            if (kept.Count == _clients.Count)
                return false;
            _clients = kept;
            Save();
            return true;
        }
    }

    /// <summary>Reads the file again whenever it changes (another process wrote it).</summary>
    public void StartWatching()
    {
        if (FilePath is null)
            return;
        var directory = Path.GetDirectoryName(FilePath)!;
        try
        {
            Directory.CreateDirectory(directory);
            _watcher = new FileSystemWatcher(directory, Path.GetFileName(FilePath))
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Changed += (_, _) => Reload();
            _watcher.Created += (_, _) => Reload();
            _watcher.Renamed += (_, _) => Reload();
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            _logger.LogWarning("Cannot watch the client approvals file {Path} ({Error}): decisions written by --approve-client apply at the next start", FilePath, e.Message);
        }
    }

    private void Reload()
    {
        try
        {
            if (!File.Exists(FilePath))
                return;
            var read = Read(FilePath!);
            lock (_gate)
            {
                _clients = read;
                _writable = true;
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // An editor writing in place shows half a file first; the next event reads the whole one.
            _logger.LogDebug("Client approvals file {Path} not read: {Error}", FilePath, e.Message);
            return;
        }
        Reloaded?.Invoke();
    }

    private void Save()
    {
        if (FilePath is null || !_writable)
            return;
        try
        {
            AtomicFile.WriteAllText(FilePath, Serialize(_clients));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Could not write the client approvals file {Path}: {Error}", FilePath, e.Message);
        }
    }

    /// <summary>Changes the file directly (the one-shot commands; a running server reads the change).</summary>
    /// <exception cref="JsonException">The file exists but is not a client approvals file.</exception>
    public static void Edit(string path, Func<List<RememberedClient>, List<RememberedClient>> edit)
    {
        var clients = File.Exists(path) ? Read(path) : [];
        AtomicFile.WriteAllText(path, Serialize(edit(clients)));
    }

    /// <exception cref="JsonException">Not JSON, or not the shape of the file.</exception>
    public static List<RememberedClient> Read(string path)
    {
        var file = JsonSerializer.Deserialize<ApprovalsFile>(File.ReadAllText(path), Json) ?? throw new JsonException("the file is empty (null)");
        return [.. (file.Clients ?? []).Where(c => !string.IsNullOrEmpty(c.Name))
            .Select(c => c with { Origin = ClientIdentity.NormalizeOrigin(c.Origin) })];
    }

    private static string Serialize(List<RememberedClient> clients) => JsonSerializer.Serialize(new ApprovalsFile(1, clients), Json);

    public void Dispose() => _watcher?.Dispose();

    private sealed record ApprovalsFile(int Version, List<RememberedClient>? Clients);
}

/// <summary>A remembered decision: an app (name and origin), allowed or denied, and when.</summary>
internal sealed record RememberedClient(string Name, string Origin, ClientDecision Decision, DateTimeOffset Decided)
{
    [JsonIgnore]
    public ClientIdentity Identity => new(Name, Origin);
}

/// <summary>A remembered decision.</summary>
internal enum ClientDecision
{
    Allow,
    Deny,
}
