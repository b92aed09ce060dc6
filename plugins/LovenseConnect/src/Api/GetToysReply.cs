using System.Globalization;
using System.Text.Json;

namespace ButtplugHost.Plugins.LovenseConnect;

/// <summary>
/// Reads the app's answer to <c>GET /GetToys</c>:
/// <c>{"type":"OK","code":200,"data":{"&lt;id&gt;":{"id","name","nickName","status","version","battery"}}}</c>.
/// The app writes numbers and flags either as JSON numbers or as strings (<c>"status":"1"</c>), and
/// <c>battery</c> may be null; all are accepted, as the reference does.
/// </summary>
internal static class GetToysReply
{
    /// <exception cref="FormatException">The text is not such an answer.</exception>
    public static IReadOnlyList<ConnectToy> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"GetToys answer is not JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new FormatException("GetToys answer is not a JSON object");
            if (!root.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null)
                return [];
            if (data.ValueKind != JsonValueKind.Object)
                throw new FormatException("GetToys answer's data is not an object");
            var toys = new List<ConnectToy>();
            foreach (var entry in data.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.Object)
                    continue;
                var id = Text(entry.Value, "id") ?? entry.Name;
                var name = Text(entry.Value, "name") ?? "";
                if (id.Length == 0)
                    continue;
                toys.Add(new ConnectToy(id, name, Flag(entry.Value, "status"), Math.Clamp(Number(entry.Value, "battery") ?? 0, 0, 100)));
            }
            return toys;
        }
    }

    private static string? Text(JsonElement toy, string name) =>
        toy.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement toy, string name)
    {
        if (!toy.TryGetProperty(name, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDouble(out var d) => (int)Math.Round(d),
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => (int)Math.Round(d),
            _ => null,
        };
    }

    // "status": "1", 1 or true means connected (the reference's "bool from anything").
    private static bool Flag(JsonElement toy, string name)
    {
        if (!toy.TryGetProperty(name, out var value))
            return false;
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => value.TryGetDouble(out var d) && d != 0,
            JsonValueKind.String => value.GetString() is { } s && (s == "true" || (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d != 0)),
            _ => false,
        };
    }
}
