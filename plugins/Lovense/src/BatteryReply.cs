using System.Text;

namespace ButtplugHost.Plugins.Lovense;

/// <summary>Reads the answer to <c>Battery;</c>: <c>85;</c>, or <c>s85;</c> while the toy is running.</summary>
internal static class BatteryReply
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>True when <paramref name="data"/> is a battery answer; other lines (e.g. a late DeviceType answer) are not.</summary>
    public static bool TryParse(byte[] data, out int level)
    {
        level = 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(data);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        // Drop the last character (the ';') and, when an 's' appears anywhere, the first one.
        var start = text.Contains('s') ? 1 : 0;
        var end = text.Length - 1;
        return end >= start && TryParseByte(text.AsSpan(start, end - start), out level);
    }

    /// <summary>An unsigned 8-bit number: an optional '+' and decimal digits, at most 255.</summary>
    private static bool TryParseByte(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.StartsWith("+"))
            digits = digits[1..];
        if (digits.IsEmpty)
            return false;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
                return false;
            value = value * 10 + (c - '0');
            if (value > byte.MaxValue)
                return false;
        }
        return true;
    }
}
