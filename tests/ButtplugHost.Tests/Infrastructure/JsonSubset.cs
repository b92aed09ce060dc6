using System.Text.Json.Nodes;

namespace ButtplugHost.Tests.Infrastructure;

/// <summary>Asserts that a written JSON document keeps every key and value of the original (it may add more).</summary>
public static class JsonSubset
{
    public static void AssertKept(JsonNode? original, JsonNode? written, string path = "$")
    {
        switch (original)
        {
            case JsonObject o:
                var w = Assert.IsType<JsonObject>(written);
                foreach (var (key, value) in o)
                {
                    Assert.True(w.ContainsKey(key), $"{path}.{key} was lost");
                    AssertKept(value, w[key], $"{path}.{key}");
                }
                break;
            case JsonArray a:
                var wa = Assert.IsType<JsonArray>(written);
                Assert.True(wa.Count >= a.Count, $"{path} lost elements");
                for (var i = 0; i < a.Count; i++)
                    AssertKept(a[i], wa[i], $"{path}[{i}]");
                break;
            default:
                Assert.True(JsonNode.DeepEquals(original, written), $"{path}: {original?.ToJsonString()} became {written?.ToJsonString()}");
                break;
        }
    }
}
