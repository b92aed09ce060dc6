using System.Globalization;
using System.Text;

namespace ButtplugHost.Sdk.Testing.Scenarios;

/// <summary>Bytes of a scenario (hex or text) and their display.</summary>
internal static class ScenarioBytes
{
    public static byte[] Of(string? hex, string? text, string where)
    {
        if (hex is not null && text is not null)
            throw new ScenarioFormatException($"{where}: give the bytes as hex or as text, not both.");
        if (text is not null)
            return Encoding.UTF8.GetBytes(text);
        if (hex is null)
            throw new ScenarioFormatException($"{where}: no bytes (hex or text).");
        var digits = new string([.. hex.Where(c => !char.IsWhiteSpace(c) && c != ',')]);
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || digits.Length % 2 != 0 || !digits.All(char.IsAsciiHexDigit))
            throw new ScenarioFormatException($"{where}: \"{hex}\" is not hex bytes (pairs of hex digits, spaces allowed).");
        return Convert.FromHexString(digits);
    }

    public static string Hex(byte[] data) =>
        data.Length == 0 ? "(none)" : string.Join(' ', data.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));

    /// <summary>Hex, plus the text when every byte is printable ASCII (helps with text protocols).</summary>
    public static string Show(byte[] data) =>
        data.Length > 0 && data.All(b => b is >= 0x20 and < 0x7f or (byte)'\n' or (byte)'\r')
            ? $"{Hex(data)} \"{Encoding.ASCII.GetString(data).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)}\""
            : Hex(data);
}
