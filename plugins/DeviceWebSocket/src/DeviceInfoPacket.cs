using System.Text.Json;

namespace ButtplugHost.Plugins.DeviceWebSocket;

/// <summary>
/// The first message a network device sends, as text: <c>{"identifier": "LVSDevice", "address":
/// "…", "version": 0}</c>. The identifier selects the protocol (a <c>websocket</c> specifier's name),
/// the address tells devices apart.
/// </summary>
internal sealed record DeviceInfoPacket(string Identifier, string Address, uint Version)
{
    /// <summary>Reads the packet; null with a reason when it is not one.</summary>
    public static DeviceInfoPacket? TryParse(string text, out string error)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Fail("it is not a JSON object", out error);
            if (!TryGetString(root, "identifier", out var identifier))
                return Fail("it has no non-empty string \"identifier\"", out error);
            if (!TryGetString(root, "address", out var address))
                return Fail("it has no non-empty string \"address\"", out error);
            uint version = 0;
            if (root.TryGetProperty("version", out var v) && (v.ValueKind != JsonValueKind.Number || !v.TryGetUInt32(out version)))
                return Fail("its \"version\" is not a non-negative integer", out error);
            error = "";
            return new DeviceInfoPacket(identifier, address, version);
        }
        catch (JsonException e)
        {
            return Fail($"it is not JSON ({e.Message})", out error);
        }
    }

    private static bool TryGetString(JsonElement root, string name, out string value)
    {
        value = root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() ?? "" : "";
        return value.Length > 0;
    }

    private static DeviceInfoPacket? Fail(string reason, out string error)
    {
        error = reason;
        return null;
    }
}
