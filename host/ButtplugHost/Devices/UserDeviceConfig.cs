using System.Text.Json;
using System.Text.Json.Nodes;
using ButtplugHost.Sdk.Definitions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Devices;

/// <summary>
/// The user device config file (<c>--user-device-config-file</c>): communication specifiers the
/// user adds to protocols, such as which serial port a stroker is on. Accepts the definition-file
/// shape <c>{"protocols": {name: {"communication": […]}}}</c>, also nested under <c>user_configs</c>
/// as the reference server writes it.
/// </summary>
internal sealed class UserDeviceConfig
{
    private readonly Dictionary<string, List<CommunicationSpecifier>> _specifiers;

    public UserDeviceConfig(IConfiguration configuration, ILogger<UserDeviceConfig> logger)
    {
        var path = configuration["Server:UserDeviceConfigFile"];
        _specifiers = [];
        if (string.IsNullOrEmpty(path))
            return;
        try
        {
            _specifiers = Parse(File.ReadAllText(path));
            logger.LogInformation("User device config {Path}: extra specifiers for {Protocols}", path, string.Join(", ", _specifiers.Keys));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            logger.LogError("User device config {Path} ignored: {Error}", path, e.Message);
        }
    }

    public IReadOnlyList<CommunicationSpecifier> ExtraSpecifiers(string protocol) =>
        _specifiers.TryGetValue(protocol, out var list) ? list : [];

    public IEnumerable<CommunicationSpecifier> AllExtraSpecifiers => _specifiers.Values.SelectMany(l => l);

    internal static Dictionary<string, List<CommunicationSpecifier>> Parse(string json)
    {
        var root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
            ?? throw new JsonException("empty file");
        var protocols = (root["user_configs"] ?? root)["protocols"] as JsonObject;
        var result = new Dictionary<string, List<CommunicationSpecifier>>();
        if (protocols is null)
            return result;
        foreach (var (name, node) in protocols)
        {
            if (node?["communication"] is JsonArray communication)
                result[name] = communication.Deserialize<List<CommunicationSpecifier>>(DefinitionFile.Options) ?? [];
        }
        return result;
    }
}
