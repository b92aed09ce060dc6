using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Rest;

/// <summary>
/// A device as the REST API's client sees it: taken from the v4 DeviceList its session receives, so
/// names, features and ranges are what any client sees (user names and output limits applied).
/// </summary>
internal sealed record RestDevice(uint Index, string Name, string? DisplayName, IReadOnlyDictionary<uint, RestFeature> Features)
{
    /// <summary>Reads one entry of a v4 <c>DeviceList.Devices</c>.</summary>
    public static RestDevice Parse(JsonElement device)
    {
        var features = new SortedDictionary<uint, RestFeature>();
        if (device.TryGetProperty("DeviceFeatures", out var list) && list.ValueKind == JsonValueKind.Object)
        {
            foreach (var f in list.EnumerateObject())
            {
                var feature = RestFeature.Parse(f.Value);
                features[feature.Index] = feature;
            }
        }
        return new RestDevice(
            device.GetProperty("DeviceIndex").GetUInt32(),
            device.GetProperty("DeviceName").GetString() ?? "",
            device.TryGetProperty("DeviceDisplayName", out var display) && display.ValueKind == JsonValueKind.String ? display.GetString() : null,
            features);
    }

    /// <summary>The reference's device shape: <c>{"index","name","display_name","features":{"0":{…}}}</c>.</summary>
    public JsonObject ToJson() => new()
    {
        ["index"] = Index,
        ["name"] = Name,
        ["display_name"] = DisplayName,
        ["features"] = FeaturesJson(),
    };

    /// <summary>Feature index → feature description (the reference's <c>DeviceFeature</c> shape).</summary>
    public JsonObject FeaturesJson()
    {
        var features = new JsonObject();
        foreach (var (index, feature) in Features)
            features[index.ToString(CultureInfo.InvariantCulture)] = feature.ToJson();
        return features;
    }

    /// <exception cref="RestError">404 when the device has no such feature.</exception>
    public RestFeature Feature(uint index) => Features.GetValueOrDefault(index) ?? throw RestError.UnknownFeature(Index, index);
}

/// <summary>One feature: its description as sent to clients, its output ranges and its inputs' commands.</summary>
internal sealed record RestFeature(uint Index, JsonElement Description, IReadOnlyDictionary<OutputType, ValueRange> Outputs, IReadOnlyDictionary<InputType, IReadOnlyList<string>> Inputs)
{
    public static RestFeature Parse(JsonElement feature)
    {
        var outputs = new Dictionary<OutputType, ValueRange>();
        if (feature.TryGetProperty("Output", out var output) && output.ValueKind == JsonValueKind.Object)
        {
            foreach (var o in output.EnumerateObject())
            {
                if (Enum.TryParse<OutputType>(o.Name, out var type) && o.Value.TryGetProperty("Value", out var range) && range.GetArrayLength() == 2)
                    outputs[type] = new ValueRange(range[0].GetInt32(), range[1].GetInt32());
            }
        }
        var inputs = new Dictionary<InputType, IReadOnlyList<string>>();
        if (feature.TryGetProperty("Input", out var input) && input.ValueKind == JsonValueKind.Object)
        {
            foreach (var i in input.EnumerateObject())
            {
                if (Enum.TryParse<InputType>(i.Name, out var type))
                    inputs[type] = i.Value.TryGetProperty("Command", out var commands) ? [.. commands.EnumerateArray().Select(c => c.GetString() ?? "")] : [];
            }
        }
        return new RestFeature(feature.GetProperty("FeatureIndex").GetUInt32(), feature.Clone(), outputs, inputs);
    }

    /// <summary>
    /// The reference's <c>DeviceFeature</c>: FeatureIndex, FeatureDescription, Output, Input (the
    /// DeviceList's second spelling, FeatureDescriptor, for the JS client, is left out).
    /// </summary>
    public JsonObject ToJson()
    {
        var json = JsonNode.Parse(Description.GetRawText())!.AsObject();
        json.Remove("FeatureDescriptor");
        return json;
    }
}
