using System.Text.Json;
using ButtplugHost.Devices.UserConfig;
using ButtplugHost.Sdk.Definitions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Devices;

/// <summary>
/// The device configuration file (<c>--device-config-file</c>, the reference's v4 JSON format:
/// <c>{"version": …, "protocols": {name: {"defaults", "configurations", "communication"}}}</c>).
/// Each protocol entry extends the installed plugin's definition of that protocol: its
/// <c>communication</c> specifiers are added, its <c>configurations</c> (models) win over the
/// plugin's for the same identifiers, and its <c>defaults</c>, when present, replace the plugin's.
/// New models and identifiers need no rebuild; new protocols need a plugin.
/// </summary>
internal sealed class DeviceConfigFile
{
    private readonly Dictionary<string, ProtocolDefinition> _protocols = [];

    public DeviceConfigFile(IConfiguration configuration, ILogger<DeviceConfigFile> logger)
    {
        FilePath = configuration["Server:DeviceConfigFile"] is { Length: > 0 } p ? Path.GetFullPath(p) : null;
        if (FilePath is null)
            return;
        try
        {
            foreach (var protocol in Parse(File.ReadAllText(FilePath)))
                _protocols[protocol.Name] = protocol;
            logger.LogInformation("Device config {Path}: definitions for {Count} protocols", FilePath, _protocols.Count);
        }
        catch (JsonException e)
        {
            // Checked before start (StartupChecks); this guards a file changed in between.
            logger.LogError("Device config {Error}; ignored", JsonFileErrors.Describe(FilePath, e));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError("Device config {Path}: {Error}; ignored", FilePath, e.Message);
        }
    }

    public string? FilePath { get; }

    public IEnumerable<string> ProtocolNames => _protocols.Keys;

    /// <summary>The file's entry for <paramref name="protocol"/>, if any.</summary>
    public ProtocolDefinition? For(string protocol) => _protocols.GetValueOrDefault(protocol);

    /// <summary>Parses the file's text.</summary>
    /// <exception cref="JsonException">Not valid JSON or not a device configuration.</exception>
    public static IReadOnlyList<ProtocolDefinition> Parse(string json)
    {
        using (var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }))
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("protocols", out _))
                throw new JsonException("A device config file is an object with a \"protocols\" key.", null, 0, 0);
        }
        return DefinitionFile.Parse(json);
    }
}
