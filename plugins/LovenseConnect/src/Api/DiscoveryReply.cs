using System.Globalization;
using System.Text.Json;

namespace ButtplugHost.Plugins.LovenseConnect;

/// <summary>
/// Reads the discovery answer (<c>GET https://api.lovense.com/api/lan/getToys</c>): one entry per app
/// on the caller's network, keyed by its domain,
/// <c>{"192-168-1-20.lovense.club": {"domain", "httpPort", "wsPort", "httpsPort", "wssPort", "toys"}}</c>.
/// Returns the apps' local HTTP addresses (<see cref="AppAddress.FromDomain"/>).
/// </summary>
internal static class DiscoveryReply
{
    /// <exception cref="FormatException">The text is not such an answer.</exception>
    public static IReadOnlyList<string> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"discovery answer is not JSON: {e.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new FormatException("discovery answer is not a JSON object");
            var apps = new List<string>();
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.Object || !entry.Value.TryGetProperty("httpPort", out var portValue))
                    continue;
                int? port = portValue.ValueKind switch
                {
                    JsonValueKind.Number when portValue.TryGetInt32(out var p) => p,
                    JsonValueKind.String when int.TryParse(portValue.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) => p,
                    _ => null,
                };
                if (port is { } httpPort && AppAddress.FromDomain(entry.Name, httpPort) is { } address)
                    apps.Add(address);
            }
            return apps;
        }
    }
}
