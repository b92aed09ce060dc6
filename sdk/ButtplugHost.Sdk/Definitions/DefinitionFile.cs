using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ButtplugHost.Sdk.Definitions;

/// <summary>
/// Reads device-definition files: JSON of the form <c>{"protocols": {"name": {"defaults": …,
/// "configurations": […], "communication": […]}}}</c> with snake_case keys.
/// See docs/device-definitions.md for the format.
/// </summary>
public static class DefinitionFile
{
    /// <summary>The serializer options of the format (snake_case names and enums, comments allowed).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new OutputTypeKeyConverter());
        options.Converters.Add(new InputTypeKeyConverter());
        options.Converters.Add(new JsonStringEnumConverter<InputCommandType>());
        // Definition types from generated metadata; anything else (a host's own types using these options) by reflection.
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(DefinitionJsonContext.Default, new DefaultJsonTypeInfoResolver());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Parses a definition file's text.</summary>
    /// <exception cref="JsonException">The text is not a valid definition file.</exception>
    public static IReadOnlyList<ProtocolDefinition> Parse(string json)
    {
        var file = JsonSerializer.Deserialize(json, (JsonTypeInfo<DefinitionFileShape>)Options.GetTypeInfo(typeof(DefinitionFileShape)))
            ?? throw new JsonException("The definition file is empty.");
        var result = new List<ProtocolDefinition>();
        foreach (var (name, protocol) in file.Protocols)
        {
            protocol.Name = name;
            result.Add(protocol);
        }
        return result;
    }

    /// <summary>
    /// Loads the definitions embedded in <paramref name="assembly"/> under a resource name ending in
    /// <paramref name="resourceSuffix"/> (by default the <c>devices.json</c> beside a plugin's code).
    /// </summary>
    public static IReadOnlyList<ProtocolDefinition> LoadEmbedded(Assembly assembly, string resourceSuffix = "devices.json")
    {
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(resourceSuffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} embeds no resource ending in '{resourceSuffix}'.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Loads one named protocol from the definitions embedded in <paramref name="assembly"/>.</summary>
    public static ProtocolDefinition LoadProtocol(Assembly assembly, string protocolName, string resourceSuffix = "devices.json") =>
        LoadEmbedded(assembly, resourceSuffix).SingleOrDefault(p => p.Name == protocolName)
            ?? throw new InvalidOperationException($"No protocol '{protocolName}' in {assembly.GetName().Name}'s {resourceSuffix}.");

    // Dictionary keys in the file are snake_case enum names ("hw_position_with_duration").
    private sealed class OutputTypeKeyConverter() : SnakeCaseEnumConverter<OutputType>;

    private sealed class InputTypeKeyConverter() : SnakeCaseEnumConverter<InputType>;

    private class SnakeCaseEnumConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly Dictionary<string, T> ByName = Enum.GetValues<T>()
            .ToDictionary(v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()), v => v, StringComparer.OrdinalIgnoreCase);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()));

        private static T Parse(string? name) =>
            name is not null && ByName.TryGetValue(name, out var v) ? v : throw new JsonException($"Unknown {typeof(T).Name} '{name}'.");
    }
}
