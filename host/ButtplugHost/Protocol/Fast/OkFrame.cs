using System.Buffers.Text;

namespace ButtplugHost.Protocol.Fast;

/// <summary>The most frequent reply, <c>[{"Ok":{"Id":n}}]</c>, from a UTF-8 template with the Id spliced in.</summary>
internal static class OkFrame
{
    private static ReadOnlySpan<byte> Head => "[{\"Ok\":{\"Id\":"u8;

    private static ReadOnlySpan<byte> Tail => "}}]"u8;

    /// <summary>Enough for any Id (10 digits).</summary>
    public const int MaxLength = 13 + 10 + 3;

    /// <summary>Writes the frame into <paramref name="destination"/> (at least <see cref="MaxLength"/> bytes); returns its length.</summary>
    public static int Write(Span<byte> destination, uint id)
    {
        Head.CopyTo(destination);
        Utf8Formatter.TryFormat(id, destination[Head.Length..], out var digits);
        Tail.CopyTo(destination[(Head.Length + digits)..]);
        return Head.Length + digits + Tail.Length;
    }
}
