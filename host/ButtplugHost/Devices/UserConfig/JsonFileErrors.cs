using System.Text.Json;

namespace ButtplugHost.Devices.UserConfig;

/// <summary>Turns a JSON parse failure into one line that names the file and the place.</summary>
internal static class JsonFileErrors
{
    public static string Describe(string path, JsonException e)
    {
        // System.Text.Json counts lines and bytes from 0; editors count from 1.
        var where = e.LineNumber is { } line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
            message = message[..cut];
        return $"{path}{where}: {message}";
    }
}
