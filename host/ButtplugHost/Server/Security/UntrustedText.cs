using System.Globalization;
using System.Text;

namespace ButtplugHost.Server.Security;

/// <summary>
/// Makes a string a client chose (ClientName, message names, identifiers) safe for a log line:
/// control characters (ANSI escapes), bidirectional overrides and lone surrogates become <c>\uXXXX</c>,
/// and it is cut to a bounded length.
/// </summary>
internal static class UntrustedText
{
    /// <summary>The escaped, truncated form of <paramref name="text"/> ("(none)" for null).</summary>
    public static string ForLog(string? text, int maxChars = 80)
    {
        if (text is null)
            return "(none)";
        var result = new StringBuilder(Math.Min(text.Length, maxChars) + 16);
        var i = 0;
        for (; i < text.Length && result.Length < maxChars; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
                continue;
            }
            if (NeedsEscape(c))
                result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else
                result.Append(c);
        }
        if (i < text.Length)
            result.Append(CultureInfo.InvariantCulture, $"…(+{text.Length - i} chars)");
        return result.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || char.IsSurrogate(c)
        || c is '\u2028' or '\u2029' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';
}
