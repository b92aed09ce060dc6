using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Plugins.Simulated;

/// <summary>
/// Polls the devices file and reports its device list whenever its content changes. Polling, not
/// FileSystemWatcher: editors and test scripts replace files in ways watchers miss.
/// </summary>
internal sealed class DevicesFileWatcher(string path, ILogger logger, Action<IReadOnlyList<SimulatedDeviceOptions>> changed)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private string? _lastContent;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            Check();
        }
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Reads the file now; reports the list if it changed.</summary>
    public void Check()
    {
        string content;
        try
        {
            content = File.Exists(path) ? File.ReadAllText(path) : "";
        }
        catch (IOException)
        {
            return; // being written; next tick
        }
        // An existing but empty file is one being rewritten (truncated, not yet written): reading it as
        // "no devices" would drop every device for a tick and connect them again.
        if (content == _lastContent || (content.Length == 0 && File.Exists(path)))
            return;
        try
        {
            var devices = content.Length == 0 ? [] : JsonSerializer.Deserialize<DevicesFileShape>(content, Options)?.Devices ?? [];
            _lastContent = content;
            changed(devices);
        }
        catch (JsonException e)
        {
            // Half-written or broken: keep the last good list and say why once per content.
            if (_lastContent != "!" + content)
                logger.LogWarning("Simulated devices file {Path} is not valid JSON: {Error}", path, e.Message);
            _lastContent = "!" + content;
        }
    }

    private sealed class DevicesFileShape
    {
        public List<SimulatedDeviceOptions> Devices { get; set; } = [];
    }
}
