using System.Text.Json;
using System.Text.Json.Nodes;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Rest;

/// <summary>
/// Inputs (battery, buttons, pressure…): the path parameters of the input routes and the JSON of a
/// reading. The reference drafts these routes (read, subscribe, unsubscribe) without enabling them;
/// here they exist so that readings can reach <c>GET /api/v1/events</c>.
/// </summary>
internal static class RestInput
{
    private static readonly Dictionary<string, InputType> Names = BuildNames();

    private static Dictionary<string, InputType> BuildNames()
    {
        var names = new Dictionary<string, InputType>(StringComparer.Ordinal);
        foreach (var type in Enum.GetValues<InputType>())
        {
            names[type.ToString()] = type;
            names[type.ToString().ToLowerInvariant()] = type;
        }
        return names;
    }

    /// <exception cref="RestError">400: not an input type.</exception>
    public static InputType ParseType(string text) =>
        Names.TryGetValue(text, out var type)
            ? type
            : throw RestError.BadRequest($"{text} is not a valid input type. Valid input types are: {string.Join(", ", Enum.GetValues<InputType>())}.");

    /// <summary>The InputCmd command for a path's last segment.</summary>
    /// <exception cref="RestError">400: not read, subscribe or unsubscribe.</exception>
    public static string ParseCommand(string text) => text switch
    {
        "read" or "Read" => "Read",
        "subscribe" or "Subscribe" => "Subscribe",
        "unsubscribe" or "Unsubscribe" => "Unsubscribe",
        _ => throw RestError.BadRequest($"{text} is not a valid input command. Valid input commands are: read, subscribe, unsubscribe."),
    };

    /// <summary>The feature of <paramref name="device"/> with this input: the one given, or the only one that has it.</summary>
    /// <exception cref="RestError">404 unknown feature; 400 no such input, or several features have it.</exception>
    public static RestFeature Feature(RestDevice device, uint? featureIndex, InputType type)
    {
        if (featureIndex is { } index)
        {
            var feature = device.Feature(index);
            return feature.Inputs.ContainsKey(type)
                ? feature
                : throw RestError.BadRequest($"Device index {device.Index} feature index {index} has no {type} input.");
        }
        var candidates = device.Features.Values.Where(f => f.Inputs.ContainsKey(type)).ToList();
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw RestError.BadRequest($"Device index {device.Index} has no {type} input."),
            _ => throw RestError.BadRequest($"Device index {device.Index} has {type} inputs on features {string.Join(", ", candidates.Select(c => c.Index))}; name the feature (…/features/{{feature}}/inputs/{type}/…)."),
        };
    }

    /// <summary><c>{"index","feature_index","input_type","value"}</c> from an InputReading body; with <paramref name="eventType"/> as <c>type</c> for the event stream.</summary>
    public static JsonObject ReadingJson(JsonElement body, string? eventType = null)
    {
        var json = new JsonObject();
        if (eventType is not null)
            json["type"] = eventType;
        json["index"] = body.GetProperty("DeviceIndex").GetUInt32();
        json["feature_index"] = body.GetProperty("FeatureIndex").GetUInt32();
        foreach (var reading in body.GetProperty("Reading").EnumerateObject())
        {
            json["input_type"] = reading.Name;
            json["value"] = reading.Value.TryGetProperty("Value", out var v) ? JsonNode.Parse(v.GetRawText()) : null;
        }
        return json;
    }
}
