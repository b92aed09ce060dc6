using System.Text.Json;

namespace ButtplugHost.Plugins.Hid.LovenseDongle;

/// <summary>
/// One line from the dongle: <c>{"type":"toy","func":"toyData","data":{"id":"…","data":"Z:11:…;"}}</c>,
/// <c>{"type":"toy","func":"status","data":{"id":"…","status":202}}</c>, <c>{"type":"usb","func":"search","result":205}</c>, …
/// </summary>
internal sealed record DongleReply(string Type, string Func, int? Result, string? DataId, string? Data, int? Status)
{
    /// <returns>The reply, or null when the line is not a JSON object with <c>type</c> and <c>func</c>.</returns>
    public static DongleReply? Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || Text(root, "type") is not { } type
                || Text(root, "func") is not { } func)
                return null;
            string? dataId = null, data = null;
            int? status = null;
            if (root.TryGetProperty("data", out var inner) && inner.ValueKind == JsonValueKind.Object)
            {
                dataId = Text(inner, "id");
                data = Text(inner, "data");
                status = Number(inner, "status");
            }
            return new DongleReply(type, func, Number(root, "result"), dataId, data, status);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;
}
