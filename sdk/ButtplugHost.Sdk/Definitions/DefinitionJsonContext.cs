using System.Text.Json.Serialization;

namespace ButtplugHost.Sdk.Definitions;

/// <summary>A definition file as a whole: <c>{"protocols": {"name": {…}}}</c>.</summary>
internal sealed class DefinitionFileShape
{
    public Dictionary<string, ProtocolDefinition> Protocols { get; set; } = [];
}

/// <summary>
/// Source-generated metadata of the definition types, so reading definition files (the host indexes every
/// protocol plugin's file at start) needs none of the reflection serializer's code or memory. The names,
/// converters and other settings still come from <see cref="DefinitionFile.Options"/>.
/// </summary>
[JsonSerializable(typeof(DefinitionFileShape))]
internal sealed partial class DefinitionJsonContext : JsonSerializerContext;
