using System.Text.Json;
using System.Text.Json.Serialization;

namespace ButtplugHost.Sdk.Definitions;

/// <summary>An inclusive integer range, written <c>[min, max]</c> in definition files and on the wire.</summary>
/// <param name="Min">Lowest valid value.</param>
/// <param name="Max">Highest valid value.</param>
[JsonConverter(typeof(ValueRangeJsonConverter))]
public readonly record struct ValueRange(int Min, int Max)
{
    /// <summary>True when <paramref name="value"/> lies within the range.</summary>
    public bool Contains(long value) => value >= Min && value <= Max;

    /// <inheritdoc/>
    public override string ToString() => $"[{Min}, {Max}]";
}

/// <summary>Reads and writes <see cref="ValueRange"/> as a two-element JSON array.</summary>
public sealed class ValueRangeJsonConverter : JsonConverter<ValueRange>
{
    /// <inheritdoc/>
    public override ValueRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException("A range must be a JSON array [min, max].");
        reader.Read();
        var min = reader.GetInt32();
        reader.Read();
        var max = reader.GetInt32();
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray)
            throw new JsonException("A range must have exactly two elements.");
        if (min > max)
            throw new JsonException($"Range [{min}, {max}] has its minimum above its maximum.");
        return new ValueRange(min, max);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ValueRange value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Min);
        writer.WriteNumberValue(value.Max);
        writer.WriteEndArray();
    }
}
