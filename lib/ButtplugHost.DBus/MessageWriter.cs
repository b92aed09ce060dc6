using System.Buffers.Binary;
using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;

namespace ButtplugHost.DBus;

/// <summary>
/// Marshals values in the D-Bus wire format, little-endian. Offsets (and so alignment padding) are
/// counted from the start of this writer, which must itself sit at an 8-byte boundary of the message
/// (true for the header and the body).
/// </summary>
public sealed class MessageWriter
{
    /// <summary>Arrays may hold at most 64 MiB of data.</summary>
    public const int MaxArrayLength = 64 * 1024 * 1024;

    private byte[] _buffer = new byte[128];
    private int _length;

    /// <summary>Number of bytes written so far.</summary>
    public int Length => _length;

    /// <summary>Copy of the bytes written so far.</summary>
    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    /// <summary>Writes zero bytes up to the next multiple of <paramref name="alignment"/>.</summary>
    public void Align(int alignment)
    {
        var padding = (alignment - (_length % alignment)) % alignment;
        Reserve(padding).Clear();
    }

    /// <summary>Writes a byte (<c>y</c>).</summary>
    public void WriteByte(byte value) => Reserve(1)[0] = value;

    /// <summary>Writes a boolean (<c>b</c>) as a 32-bit 0 or 1.</summary>
    public void WriteBoolean(bool value) => WriteUInt32(value ? 1u : 0u);

    /// <summary>Writes a signed 16-bit integer (<c>n</c>).</summary>
    public void WriteInt16(short value) { Align(2); BinaryPrimitives.WriteInt16LittleEndian(Reserve(2), value); }

    /// <summary>Writes an unsigned 16-bit integer (<c>q</c>).</summary>
    public void WriteUInt16(ushort value) { Align(2); BinaryPrimitives.WriteUInt16LittleEndian(Reserve(2), value); }

    /// <summary>Writes a signed 32-bit integer (<c>i</c>).</summary>
    public void WriteInt32(int value) { Align(4); BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value); }

    /// <summary>Writes an unsigned 32-bit integer (<c>u</c>, also <c>h</c>).</summary>
    public void WriteUInt32(uint value) { Align(4); BinaryPrimitives.WriteUInt32LittleEndian(Reserve(4), value); }

    /// <summary>Writes a signed 64-bit integer (<c>x</c>).</summary>
    public void WriteInt64(long value) { Align(8); BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), value); }

    /// <summary>Writes an unsigned 64-bit integer (<c>t</c>).</summary>
    public void WriteUInt64(ulong value) { Align(8); BinaryPrimitives.WriteUInt64LittleEndian(Reserve(8), value); }

    /// <summary>Writes an IEEE 754 double (<c>d</c>).</summary>
    public void WriteDouble(double value) { Align(8); BinaryPrimitives.WriteDoubleLittleEndian(Reserve(8), value); }

    /// <summary>Writes a string (<c>s</c>): 32-bit byte length, UTF-8 bytes, terminating nul.</summary>
    /// <exception cref="ArgumentException">The string contains a nul character.</exception>
    public void WriteString(string value)
    {
        if (value.Contains('\0', StringComparison.Ordinal))
            throw new ArgumentException("D-Bus strings cannot contain nul characters.", nameof(value));
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteUInt32((uint)bytes.Length);
        bytes.CopyTo(Reserve(bytes.Length));
        WriteByte(0);
    }

    /// <summary>Writes an object path (<c>o</c>), marshalled like a string.</summary>
    public void WriteObjectPath(ObjectPath value) => WriteString(value.ToString());

    /// <summary>Writes a signature (<c>g</c>): 8-bit length, ASCII bytes, terminating nul.</summary>
    public void WriteSignature(Signature value)
    {
        var text = value.ToString();
        WriteByte((byte)text.Length);
        Encoding.ASCII.GetBytes(text).CopyTo(Reserve(text.Length));
        WriteByte(0);
    }

    /// <summary>Writes a variant (<c>v</c>): its signature, then its value aligned for its type.</summary>
    public void WriteVariant(Variant value)
    {
        WriteSignature(value.Signature);
        WriteValue(value.Signature.ToString(), value.Value);
    }

    /// <summary>
    /// Starts an array: writes the length placeholder and the padding to the element alignment
    /// (padding is written even when the array stays empty). Finish with <see cref="EndArray"/>.
    /// </summary>
    /// <param name="elementAlignment">Alignment of the element type (8 for structs and dict entries).</param>
    /// <returns>A token for <see cref="EndArray"/>.</returns>
    public ArrayStart BeginArray(int elementAlignment)
    {
        WriteUInt32(0);
        var lengthOffset = _length - 4;
        Align(elementAlignment);
        return new ArrayStart(lengthOffset, _length);
    }

    /// <summary>Fills in the length of an array begun with <see cref="BeginArray"/> (padding excluded).</summary>
    /// <exception cref="ArgumentException">The array is longer than <see cref="MaxArrayLength"/>.</exception>
    public void EndArray(ArrayStart start)
    {
        var length = _length - start.DataOffset;
        if (length > MaxArrayLength)
            throw new ArgumentException($"D-Bus array of {length} bytes exceeds the 64 MiB limit.");
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(start.LengthOffset, 4), (uint)length);
    }

    /// <summary>Starts a struct or dict entry: aligns to 8.</summary>
    public void BeginStruct() => Align(8);

    /// <summary>
    /// Writes each value with the matching complete type of <paramref name="signature"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The number of values does not match the signature.</exception>
    public void WriteValues(Signature signature, IReadOnlyList<object> values)
    {
        var types = signature.SingleTypes();
        if (types.Count != values.Count)
            throw new ArgumentException($"Signature '{signature}' needs {types.Count} value(s), got {values.Count}.");
        for (var i = 0; i < types.Count; i++)
            WriteValue(types[i], values[i]);
    }

    /// <summary>
    /// Writes one value of the single complete type <paramref name="type"/>. Accepted .NET values:
    /// numbers convertible to the D-Bus integer type, bool, string, <see cref="ObjectPath"/> (or string) for
    /// <c>o</c>, <see cref="Signature"/> (or string) for <c>g</c>, byte[]/ReadOnlyMemory&lt;byte&gt; for <c>ay</c>,
    /// any IEnumerable for other arrays, any IDictionary for <c>a{..}</c>, object[] or a tuple for structs,
    /// and for <c>v</c> a <see cref="Variant"/> or a value whose type can be inferred (<see cref="Variant.From"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The value does not fit the type.</exception>
    public void WriteValue(string type, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        try
        {
            WriteValueCore(type, value);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            throw new ArgumentException($"Value {value} ({value.GetType().Name}) does not fit D-Bus type '{type}'.", e);
        }
    }

    private void WriteValueCore(string type, object value)
    {
        switch (type[0])
        {
            case 'y': WriteByte(Convert.ToByte(value)); break;
            case 'b': WriteBoolean(Convert.ToBoolean(value)); break;
            case 'n': WriteInt16(Convert.ToInt16(value)); break;
            case 'q': WriteUInt16(Convert.ToUInt16(value)); break;
            case 'i': WriteInt32(Convert.ToInt32(value)); break;
            case 'u' or 'h': WriteUInt32(Convert.ToUInt32(value)); break;
            case 'x': WriteInt64(Convert.ToInt64(value)); break;
            case 't': WriteUInt64(Convert.ToUInt64(value)); break;
            case 'd': WriteDouble(Convert.ToDouble(value)); break;
            case 's': WriteString(value as string ?? throw new InvalidCastException()); break;
            case 'o': WriteObjectPath(value is ObjectPath p ? p : new ObjectPath((string)value)); break;
            case 'g': WriteSignature(value is Signature g ? g : new Signature((string)value)); break;
            case 'v': WriteVariant(value as Variant ?? Variant.From(value)); break;
            case 'a': WriteArray(type, value); break;
            case '(': WriteStruct(type, value); break;
            default: throw new ArgumentException($"Cannot write D-Bus type '{type}'.");
        }
    }

    private void WriteArray(string type, object value)
    {
        var elementType = type[1..];
        if (elementType == "y" && TryGetBytes(value, out var bytes))
        {
            WriteUInt32((uint)bytes.Length);
            bytes.Span.CopyTo(Reserve(bytes.Length));
            return;
        }
        var start = BeginArray(SignatureParser.AlignmentOf(elementType[0]));
        if (elementType[0] == '{')
        {
            var (keyType, valueType) = SplitDictEntry(elementType);
            var dictionary = value as IDictionary ?? throw new InvalidCastException();
            foreach (DictionaryEntry entry in dictionary)
            {
                BeginStruct();
                WriteValueCore(keyType, entry.Key);
                WriteValueCore(valueType, entry.Value ?? throw new ArgumentException("Dictionary values cannot be null."));
            }
        }
        else
        {
            var items = value as IEnumerable ?? throw new InvalidCastException();
            foreach (var item in items)
                WriteValueCore(elementType, item ?? throw new ArgumentException("Array elements cannot be null."));
        }
        EndArray(start);
    }

    private void WriteStruct(string type, object value)
    {
        var fieldTypes = new Signature(type[1..^1]).SingleTypes();
        var fields = value switch
        {
            object[] array => array,
            ITuple tuple => Enumerable.Range(0, tuple.Length).Select(i => tuple[i]!).ToArray(),
            _ => throw new InvalidCastException(),
        };
        if (fields.Length != fieldTypes.Count)
            throw new ArgumentException($"Struct '{type}' needs {fieldTypes.Count} field(s), got {fields.Length}.");
        BeginStruct();
        for (var i = 0; i < fields.Length; i++)
            WriteValueCore(fieldTypes[i], fields[i]);
    }

    /// <summary>Splits <c>{kv}</c> into its key type and value type.</summary>
    internal static (string Key, string Value) SplitDictEntry(string entryType) => (entryType[1..2], entryType[2..^1]);

    private static bool TryGetBytes(object value, out ReadOnlyMemory<byte> bytes)
    {
        switch (value)
        {
            case byte[] array: bytes = array; return true;
            case ReadOnlyMemory<byte> memory: bytes = memory; return true;
            case Memory<byte> memory: bytes = memory; return true;
            default: bytes = default; return false;
        }
    }

    private Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }
}

/// <summary>Where an array begun by <see cref="MessageWriter.BeginArray"/> keeps its length and data.</summary>
/// <param name="LengthOffset">Offset of the 32-bit length field.</param>
/// <param name="DataOffset">Offset of the first element (after alignment padding).</param>
public readonly record struct ArrayStart(int LengthOffset, int DataOffset);
