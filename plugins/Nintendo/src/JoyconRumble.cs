namespace ButtplugHost.Plugins.Nintendo;

/// <summary>
/// The Joy-Con's 4-byte rumble encoding of a frequency (Hz) and an amplitude (0–1.799), computed in
/// single precision exactly as the reference does — including its quirks, because the bytes are what
/// the toy gets: the low-frequency byte adds the whole low amplitude (the reference shifts an 8-bit
/// value by 8, which Rust's wrapping shift turns into a shift by 0), out-of-range values saturate, and
/// "stop" (0 Hz, 0) encodes as <c>00 00 41 40</c>.
/// </summary>
internal static class JoyconRumble
{
    public const float MaxFrequency = 1252f;
    public const float MaxAmplitude = 1.799f;

    public static readonly byte[] Stop = Encode(0f, 0f);

    public static byte[] Encode(float frequency, float amplitude)
    {
        frequency = Math.Clamp(frequency, 0f, MaxFrequency);
        amplitude = Math.Clamp(amplitude, 0f, MaxAmplitude);
        var hexFrequency = SaturateToByte(MathF.Round(MathF.Log2(frequency / 10f) * 32f, MidpointRounding.AwayFromZero));
        var hfFrequency = (ushort)(Math.Max(hexFrequency - 0x60, 0) * 4);
        var lfFrequency = (byte)(Math.Max(hexFrequency - 0x41, 0) + 1);

        float encoded;
        if (amplitude > 0.23f)
            encoded = MathF.Log2(amplitude * 8.7f) * 32f;
        else if (amplitude > 0.12f)
            encoded = MathF.Log2(amplitude * 17f) * 16f;
        else
            encoded = ((MathF.Log2(amplitude) * 32f) - 96f) / (4f - (2f * amplitude));
        var hexAmplitude = SaturateToByte(MathF.Round(encoded, MidpointRounding.AwayFromZero));

        var hfAmplitude = (ushort)Math.Min(hexAmplitude * 2, 0x1FC);
        var lfAmplitude = (byte)Math.Min((hexAmplitude / 2) + 64, 0x7F);
        return
        [
            (byte)(hfFrequency & 0xFF),
            (byte)(hfAmplitude + ((hfFrequency >> 8) & 0xFF)),
            (byte)Math.Min(lfFrequency + lfAmplitude, 0xFF),
            lfAmplitude,
        ];
    }

    // Rust's float-to-u8 cast: NaN and below 0 give 0, above 255 gives 255, otherwise truncation.
    private static byte SaturateToByte(float value) =>
        float.IsNaN(value) || value <= 0f ? (byte)0 : value >= 255f ? (byte)255 : (byte)value;
}
