using System.Globalization;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins.TCode;

/// <summary>
/// Writes an axis value as TCode magnitude digits. TCode reads the digits after the channel as a
/// decimal fraction of the axis' travel ("5" = "50" = "500" = half), so the digit count must be
/// fixed per range: the smallest k ≥ 2 with 10^k ≥ the range's span, and the value is scaled to
/// k digits, capped at all nines. For spans that are powers of ten, or 10^k − 1 (the usual 100,
/// 1000, 99), this writes the value itself zero-padded, which is what the reference server sends.
/// </summary>
internal static class TCodeMagnitude
{
    public static string Format(int value, ValueRange range)
    {
        long span = (long)range.Max - range.Min;
        var digits = 2;
        long scale = 100;
        while (scale < span)
        {
            digits++;
            scale *= 10;
        }
        var offset = Math.Clamp((long)value - range.Min, 0, Math.Max(span, 0));
        var magnitude = span <= 0 ? 0 : Math.Min(offset * scale / span, scale - 1);
        return magnitude.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }
}
