using System.Text.Json;

namespace ButtplugHost.Protocol;

/// <summary>Strict readers for message fields: a missing or mistyped field is an ERROR_MSG naming it.</summary>
internal static class Fields
{
    public static JsonElement Required(this IncomingMessage m, string field) =>
        m.Body.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw ButtplugError.Msg($"{m.Name} needs the field {field}.");

    public static uint UInt(this IncomingMessage m, string field) => UIntOf(m.Required(field), $"{m.Name}.{field}");

    public static uint? OptionalUInt(this IncomingMessage m, string field) =>
        m.Body.TryGetProperty(field, out var v) && v.ValueKind != JsonValueKind.Null ? UIntOf(v, $"{m.Name}.{field}") : null;

    public static int Int(this IncomingMessage m, string field) => IntOf(m.Required(field), $"{m.Name}.{field}");

    public static double Double(this IncomingMessage m, string field) => DoubleOf(m.Required(field), $"{m.Name}.{field}");

    public static bool Bool(this IncomingMessage m, string field) => BoolOf(m.Required(field), $"{m.Name}.{field}");

    public static bool OptionalBool(this IncomingMessage m, string field, bool fallback) =>
        m.Body.TryGetProperty(field, out var v) && v.ValueKind != JsonValueKind.Null ? BoolOf(v, $"{m.Name}.{field}") : fallback;

    public static string String(this IncomingMessage m, string field) => StringOf(m.Required(field), $"{m.Name}.{field}");

    public static JsonElement Array(this IncomingMessage m, string field)
    {
        var value = m.Required(field);
        return value.ValueKind == JsonValueKind.Array ? value : throw ButtplugError.Msg($"{m.Name}.{field} must be an array.");
    }

    public static JsonElement Object(this IncomingMessage m, string field)
    {
        var value = m.Required(field);
        return value.ValueKind == JsonValueKind.Object ? value : throw ButtplugError.Msg($"{m.Name}.{field} must be an object.");
    }

    public static JsonElement Get(JsonElement obj, string field, string where) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(field, out var v) && v.ValueKind != JsonValueKind.Null
            ? v
            : throw ButtplugError.Msg($"{where} needs the field {field}.");

    public static uint UIntOf(JsonElement v, string where) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetUInt32(out var x) ? x : throw ButtplugError.Msg($"{where} must be an unsigned integer.");

    public static int IntOf(JsonElement v, string where) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var x) ? x : throw ButtplugError.Msg($"{where} must be an integer.");

    public static double DoubleOf(JsonElement v, string where) =>
        v.ValueKind == JsonValueKind.Number ? v.GetDouble() : throw ButtplugError.Msg($"{where} must be a number.");

    public static bool BoolOf(JsonElement v, string where) => v.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw ButtplugError.Msg($"{where} must be true or false."),
    };

    /// <summary>
    /// True for the exception System.Text.Json throws when a name or string holds a lone UTF-16
    /// surrogate escape: the client's fault (ERROR_MSG), whichever handler met it.
    /// </summary>
    public static bool IsInvalidJsonText(Exception e) =>
        e is InvalidOperationException or ArgumentException
        && (e.Source == "System.Text.Json" || e.StackTrace?.Contains("System.Text.Json.", StringComparison.Ordinal) == true);

    public static string StringOf(JsonElement v, string where)
    {
        if (v.ValueKind != JsonValueKind.String)
            throw ButtplugError.Msg($"{where} must be a string.");
        try
        {
            return v.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw ButtplugError.Msg($"{where} is not valid text (it holds a lone UTF-16 surrogate escape).");
        }
    }
}
