using System.Text;
using System.Text.Json;

namespace ButtplugHost.Protocol;

/// <summary>
/// Splits a client text frame into messages. A frame is a JSON array of one-key objects
/// (<c>[{"Ping":{"Id":1}}]</c>); several arrays may follow each other in one frame. One bad element
/// does not lose the others: it becomes a <see cref="MalformedMessage"/> with its Id when it has one.
/// </summary>
internal static class FrameParser
{
    public static List<object> Parse(ReadOnlyMemory<byte> frame)
    {
        var result = new List<object>(1);
        var reader = new Utf8JsonReader(frame.Span, new JsonReaderOptions { AllowMultipleValues = true });
        try
        {
            while (reader.Read())
            {
                // One unpooled document per array, shared by its messages: they may outlive the frame
                // (detached reads), and no per-message copy is needed.
                var root = JsonElement.ParseValue(ref reader);
                if (root.ValueKind != JsonValueKind.Array)
                {
                    result.Add(new MalformedMessage(0, "A Buttplug frame must be a JSON array of messages."));
                    continue;
                }
                if (root.GetArrayLength() == 0)
                    result.Add(new MalformedMessage(0, "A Buttplug frame must hold at least one message."));
                foreach (var element in root.EnumerateArray())
                    result.Add(ParseElement(element));
            }
        }
        catch (JsonException e)
        {
            result.Add(new MalformedMessage(0, $"Server received invalid JSON: {e.Message}"));
        }
        if (result.Count == 0)
            result.Add(new MalformedMessage(0, "Empty frame: a Buttplug frame is a JSON array of messages."));
        return result;
    }

    public static List<object> Parse(string frame) => Parse(Encoding.UTF8.GetBytes(frame));

    /// <summary>One element of a frame's array (its JSON alone), read as <see cref="Parse"/> reads each element.</summary>
    public static object ParseMessage(ReadOnlyMemory<byte> element)
    {
        var reader = new Utf8JsonReader(element.Span);
        try
        {
            reader.Read();
            return ParseElement(JsonElement.ParseValue(ref reader));
        }
        catch (JsonException e)
        {
            return new MalformedMessage(0, $"Server received invalid JSON: {e.Message}");
        }
    }

    private static object ParseElement(JsonElement element)
    {
        try
        {
            return ReadElement(element);
        }
        catch (InvalidOperationException)
        {
            // A name that is not valid text (a lone UTF-16 surrogate escape such as "\ud800").
            return new MalformedMessage(RecoverId(element), "A message name or key is not valid text (it holds a lone UTF-16 surrogate escape).");
        }
    }

    private static object ReadElement(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return new MalformedMessage(0, "Each message must be a JSON object with one key, the message type.");
        var properties = element.EnumerateObject();
        if (!properties.MoveNext())
            return new MalformedMessage(0, "Each message must have exactly one key (the message type); found 0.");
        var first = properties.Current;
        if (properties.MoveNext())
        {
            return new MalformedMessage(RecoverId(element), $"Each message must have exactly one key (the message type); found {element.EnumerateObject().Count()}.");
        }
        var (name, body) = (first.Name, first.Value);
        if (body.ValueKind != JsonValueKind.Object)
            return new MalformedMessage(0, $"The fields of {name} must be a JSON object.");
        if (!body.TryGetProperty("Id"u8, out var idElement))
            return new MalformedMessage(0, $"{name} has no Id.");
        if (idElement.ValueKind != JsonValueKind.Number || !idElement.TryGetUInt32(out var id))
            return new MalformedMessage(0, $"{name}.Id must be an integer from 0 to 4294967295.");
        return new IncomingMessage(name, id, body);
    }

    // The Id of a message that cannot be read otherwise, when one of its values has a numeric one.
    private static uint RecoverId(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return 0;
        try
        {
            foreach (var p in element.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("Id"u8, out var id)
                    && id.ValueKind == JsonValueKind.Number && id.TryGetUInt32(out var value))
                    return value;
            }
        }
        catch (InvalidOperationException)
        {
            // A key with a lone surrogate escape is met while looking for "Id": no Id to recover.
        }
        return 0;
    }
}
