using System.Buffers.Binary;
using System.Text;

namespace ButtplugHost.DBus;

/// <summary>
/// Unmarshals values from the D-Bus wire format, in either byte order (messages relayed by the bus
/// keep their sender's order). Offsets are counted from the start of <c>data</c>, which must sit at
/// an 8-byte boundary of the message. Malformed data throws <see cref="InvalidDataException"/>.
/// </summary>
public sealed class MessageReader
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly bool _bigEndian;
    private int _position;

    /// <summary>Creates a reader over <paramref name="data"/>.</summary>
    /// <param name="data">The bytes, starting at an 8-byte boundary of the message.</param>
    /// <param name="bigEndian">True for messages marked <c>B</c>, false for <c>l</c>.</param>
    public MessageReader(ReadOnlyMemory<byte> data, bool bigEndian = false)
    {
        _data = data;
        _bigEndian = bigEndian;
    }

    /// <summary>Current offset.</summary>
    public int Position => _position;

    /// <summary>True when every byte has been read.</summary>
    public bool AtEnd => _position >= _data.Length;

    /// <summary>Skips the padding up to the next multiple of <paramref name="alignment"/>.</summary>
    public void Align(int alignment)
    {
        var padding = (alignment - (_position % alignment)) % alignment;
        var span = Take(padding);
        foreach (var b in span)
        {
            if (b != 0)
                throw new InvalidDataException("Non-zero alignment padding in D-Bus message.");
        }
    }

    /// <summary>Reads a byte (<c>y</c>).</summary>
    public byte ReadByte() => Take(1)[0];

    /// <summary>Reads a boolean (<c>b</c>); only 0 and 1 are valid.</summary>
    public bool ReadBoolean() => ReadUInt32() switch
    {
        0 => false,
        1 => true,
        var v => throw new InvalidDataException($"D-Bus boolean with value {v}."),
    };

    /// <summary>Reads a signed 16-bit integer (<c>n</c>).</summary>
    public short ReadInt16() => (short)ReadUInt16();

    /// <summary>Reads an unsigned 16-bit integer (<c>q</c>).</summary>
    public ushort ReadUInt16()
    {
        Align(2);
        var span = Take(2);
        return _bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(span) : BinaryPrimitives.ReadUInt16LittleEndian(span);
    }

    /// <summary>Reads a signed 32-bit integer (<c>i</c>).</summary>
    public int ReadInt32() => (int)ReadUInt32();

    /// <summary>Reads an unsigned 32-bit integer (<c>u</c>, also <c>h</c>).</summary>
    public uint ReadUInt32()
    {
        Align(4);
        var span = Take(4);
        return _bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(span) : BinaryPrimitives.ReadUInt32LittleEndian(span);
    }

    /// <summary>Reads a signed 64-bit integer (<c>x</c>).</summary>
    public long ReadInt64() => (long)ReadUInt64();

    /// <summary>Reads an unsigned 64-bit integer (<c>t</c>).</summary>
    public ulong ReadUInt64()
    {
        Align(8);
        var span = Take(8);
        return _bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(span) : BinaryPrimitives.ReadUInt64LittleEndian(span);
    }

    /// <summary>Reads an IEEE 754 double (<c>d</c>).</summary>
    public double ReadDouble() => BitConverter.UInt64BitsToDouble(ReadUInt64());

    /// <summary>Reads a string (<c>s</c>).</summary>
    public string ReadString()
    {
        var length = ReadUInt32();
        if (length > int.MaxValue - 1)
            throw new InvalidDataException("D-Bus string length out of range.");
        var text = Decode(Take((int)length));
        ExpectNul();
        return text;
    }

    /// <summary>Reads an object path (<c>o</c>).</summary>
    public ObjectPath ReadObjectPath()
    {
        var text = ReadString();
        return ObjectPath.IsValid(text) ? new ObjectPath(text) : throw new InvalidDataException($"Invalid D-Bus object path '{text}'.");
    }

    /// <summary>Reads a signature (<c>g</c>).</summary>
    public Signature ReadSignature()
    {
        var length = ReadByte();
        var text = Decode(Take(length));
        ExpectNul();
        try
        {
            return new Signature(text);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    /// <summary>Reads a variant (<c>v</c>).</summary>
    public Variant ReadVariant()
    {
        var signature = ReadSignature();
        var types = signature.SingleTypes();
        if (types.Count != 1)
            throw new InvalidDataException($"D-Bus variant signature '{signature}' is not a single complete type.");
        return new Variant(signature, ReadValue(types[0]));
    }

    /// <summary>
    /// Reads an array header: its byte length and the padding to the element alignment.
    /// </summary>
    /// <returns>The offset just past the last element.</returns>
    public int BeginArray(int elementAlignment)
    {
        var length = ReadUInt32();
        if (length > MessageWriter.MaxArrayLength)
            throw new InvalidDataException($"D-Bus array of {length} bytes exceeds the 64 MiB limit.");
        Align(elementAlignment);
        var end = _position + (int)length;
        if (end > _data.Length)
            throw new InvalidDataException("D-Bus array runs past the end of the message.");
        return end;
    }

    /// <summary>
    /// Reads one value of the single complete type <paramref name="type"/>, as: byte, bool, short, ushort,
    /// int, uint, long, ulong, double, string, <see cref="ObjectPath"/>, <see cref="Signature"/>, uint for
    /// <c>h</c>, <see cref="Variant"/>; byte[] for <c>ay</c>; Dictionary&lt;object, object&gt; for
    /// <c>a{..}</c> (keys as above, so string keys look up directly); object[] for other arrays and for structs.
    /// </summary>
    public object ReadValue(string type) => type[0] switch
    {
        'y' => ReadByte(),
        'b' => ReadBoolean(),
        'n' => ReadInt16(),
        'q' => ReadUInt16(),
        'i' => ReadInt32(),
        'u' or 'h' => ReadUInt32(),
        'x' => ReadInt64(),
        't' => ReadUInt64(),
        'd' => ReadDouble(),
        's' => ReadString(),
        'o' => ReadObjectPath(),
        'g' => ReadSignature(),
        'v' => ReadVariant(),
        'a' => ReadArray(type[1..]),
        '(' => ReadStruct(type),
        _ => throw new InvalidDataException($"Cannot read D-Bus type '{type}'."),
    };

    /// <summary>Reads one value for each complete type of <paramref name="signature"/>.</summary>
    public object[] ReadValues(Signature signature) => signature.SingleTypes().Select(ReadValue).ToArray();

    private object ReadArray(string elementType)
    {
        var end = BeginArray(SignatureParser.AlignmentOf(elementType[0]));
        if (elementType == "y")
            return Take(end - _position).ToArray();
        if (elementType[0] == '{')
        {
            var (keyType, valueType) = MessageWriter.SplitDictEntry(elementType);
            var dictionary = new Dictionary<object, object>();
            while (_position < end)
            {
                Align(8);
                var key = ReadValue(keyType);
                dictionary[key] = ReadValue(valueType);
            }
            CheckArrayEnd(end);
            return dictionary;
        }
        var items = new List<object>();
        while (_position < end)
            items.Add(ReadValue(elementType));
        CheckArrayEnd(end);
        return items.ToArray();
    }

    private object[] ReadStruct(string type)
    {
        Align(8);
        return new Signature(type[1..^1]).SingleTypes().Select(ReadValue).ToArray();
    }

    private void CheckArrayEnd(int end)
    {
        if (_position != end)
            throw new InvalidDataException("D-Bus array elements do not fill the declared length.");
    }

    private void ExpectNul()
    {
        if (ReadByte() != 0)
            throw new InvalidDataException("D-Bus string is not nul-terminated.");
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException("D-Bus string is not valid UTF-8.", e);
        }
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || _position + count > _data.Length)
            throw new InvalidDataException("D-Bus message ends before its values do.");
        var span = _data.Span.Slice(_position, count);
        _position += count;
        return span;
    }
}
