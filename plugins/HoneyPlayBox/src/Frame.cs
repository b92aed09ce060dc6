namespace ButtplugHost.Plugins.HoneyPlayBox;

/// <summary>
/// The frame every Honey Play Box message travels in, both ways:
/// <c>02 A5 5A 55 AA F0 counter type command lenHi lenLo data… 03 crcHi crcLo</c>, where the CRC is
/// CRC-16/MODBUS over <c>type command lenHi lenLo data…</c> (the counter is not covered).
/// </summary>
internal static class Frame
{
    /// <summary>Start byte and the five flag bytes that open every frame.</summary>
    public static ReadOnlySpan<byte> Header => [0x02, 0xA5, 0x5A, 0x55, 0xAA, 0xF0];

    /// <summary>The end byte before the CRC.</summary>
    public const byte End = 0x03;

    /// <summary>Bytes before the data: header, counter, type, command, length.</summary>
    public const int DataOffset = 11;

    /// <summary>The type byte of every message this protocol sends.</summary>
    public const byte MessageType = 0xB1;

    /// <summary>Command of the handshake, which the device answers with its session key.</summary>
    public const byte HandshakeCommand = 0x01;

    /// <summary>Command that sets the motors.</summary>
    public const byte VibrateCommand = 0x03;

    /// <summary>Response code of a successful handshake.</summary>
    public const ushort Success = 0x9000;

    /// <summary>The size of a frame carrying <paramref name="dataLength"/> bytes.</summary>
    public static int Size(int dataLength) => DataOffset + dataLength + 3;

    /// <summary>Builds a frame.</summary>
    public static byte[] Build(byte type, byte command, ReadOnlySpan<byte> data, byte counter)
    {
        var frame = new byte[Size(data.Length)];
        Header.CopyTo(frame);
        frame[6] = counter;
        frame[7] = type;
        frame[8] = command;
        frame[9] = (byte)(data.Length >> 8);
        frame[10] = (byte)data.Length;
        data.CopyTo(frame.AsSpan(DataOffset));
        frame[DataOffset + data.Length] = End;
        var crc = Crc16Modbus(frame.AsSpan(7, 4 + data.Length));
        frame[^2] = (byte)(crc >> 8);
        frame[^1] = (byte)crc;
        return frame;
    }

    /// <summary>The data length a frame declares (bytes 9 and 10).</summary>
    public static int DeclaredLength(ReadOnlySpan<byte> frame) => (frame[9] << 8) | frame[10];

    /// <summary>The data of a complete frame.</summary>
    public static ReadOnlySpan<byte> Data(ReadOnlySpan<byte> frame) => frame.Slice(DataOffset, DeclaredLength(frame));

    /// <summary>CRC-16/MODBUS: initial 0xFFFF, reflected polynomial 0xA001.</summary>
    public static ushort Crc16Modbus(ReadOnlySpan<byte> data)
    {
        ushort crc = 0xFFFF;
        foreach (var b in data)
        {
            crc ^= b;
            for (var i = 0; i < 8; i++)
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA001) : (ushort)(crc >> 1);
        }
        return crc;
    }
}
