using System.Text.Json;
using System.Text.Json.Serialization;

namespace ButtplugHost.Sdk.Testing.Scenarios;

/// <summary>Reads scenario files (JSON, camelCase names, comments and trailing commas allowed).</summary>
public static class ScenarioFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Parses a scenario from JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="path">Where it came from, for messages; optional.</param>
    /// <exception cref="ScenarioFormatException">The text is not a scenario.</exception>
    public static Scenario Parse(string json, string? path = null)
    {
        Scenario? scenario;
        try
        {
            scenario = JsonSerializer.Deserialize<Scenario>(json, Options);
        }
        catch (JsonException e)
        {
            throw new ScenarioFormatException($"{path ?? "scenario"}: not a valid scenario: {e.Message}", e);
        }
        if (scenario is null)
            throw new ScenarioFormatException($"{path ?? "scenario"}: empty.");
        scenario.FilePath = path;
        return scenario;
    }

    /// <summary>Reads the scenario in <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioFormatException">The file is not a scenario.</exception>
    public static Scenario Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>The <c>*.json</c> files in <paramref name="directory"/> and below, sorted; none when it does not exist.</summary>
    public static IReadOnlyList<string> Find(string directory) =>
        Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
            : [];
}
