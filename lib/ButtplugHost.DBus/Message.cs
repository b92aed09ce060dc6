using System.Buffers.Binary;

namespace ButtplugHost.DBus;

/// <summary>
/// One D-Bus message: header fields and a marshalled body. Build outgoing messages with the
/// <c>Create…</c> methods; incoming ones come from <see cref="Parse"/>.
/// </summary>
public sealed class Message
{
    /// <summary>The bus refuses messages longer than 128 MiB.</summary>
    public const int MaxMessageLength = 128 * 1024 * 1024;

    /// <summary>Size of the fixed part of the header, enough to know the whole message length.</summary>
    public const int FixedHeaderLength = 16;

    private const byte ProtocolVersion = 1;

    /// <summary>The kind of message.</summary>
    public required MessageType Type { get; init; }

    /// <summary>Header flags.</summary>
    public MessageFlags Flags { get; init; }

    /// <summary>The sender's serial number (set when sent or parsed).</summary>
    public uint Serial { get; init; }

    /// <summary>Object the call is for or the signal is from.</summary>
    public ObjectPath? Path { get; init; }

    /// <summary>Interface of the method or signal.</summary>
    public string? Interface { get; init; }

    /// <summary>Method or signal name.</summary>
    public string? Member { get; init; }

    /// <summary>D-Bus error name of an error reply.</summary>
    public string? ErrorName { get; init; }

    /// <summary>Serial of the call this message replies to.</summary>
    public uint? ReplySerial { get; init; }

    /// <summary>Bus name the message is for.</summary>
    public string? Destination { get; init; }

    /// <summary>Unique bus name of the sender (filled in by the bus).</summary>
    public string? Sender { get; init; }

    /// <summary>Types of the body values.</summary>
    public Signature Signature { get; init; } = Signature.Empty;

    /// <summary>The marshalled body, in the byte order given by <see cref="IsBigEndian"/>.</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>True when the body is big-endian (sender marked the message <c>B</c>).</summary>
    public bool IsBigEndian { get; init; }

    /// <summary>Unmarshals the body (see <see cref="MessageReader.ReadValue"/> for the .NET types).</summary>
    /// <exception cref="InvalidDataException">The body does not match the signature.</exception>
    public object[] ReadBody()
    {
        var reader = new MessageReader(Body, IsBigEndian);
        var values = reader.ReadValues(Signature);
        if (!reader.AtEnd)
            throw new InvalidDataException($"D-Bus body is longer than its signature '{Signature}'.");
        return values;
    }

    /// <summary>Creates a method call.</summary>
    /// <param name="destination">Bus name of the service (null on peer-to-peer connections).</param>
    /// <param name="path">Object path.</param>
    /// <param name="interface">Interface name (may be null, but should be given).</param>
    /// <param name="member">Method name.</param>
    /// <param name="signature">Types of <paramref name="args"/>.</param>
    /// <param name="args">Arguments (see <see cref="MessageWriter.WriteValue"/> for accepted types).</param>
    public static Message CreateMethodCall(string? destination, ObjectPath path, string? @interface, string member, Signature signature, params object[] args) => new()
    {
        Type = MessageType.MethodCall,
        Destination = destination,
        Path = path,
        Interface = @interface,
        Member = member,
        Signature = signature,
        Body = MarshalBody(signature, args),
    };

    /// <summary>Creates a signal.</summary>
    public static Message CreateSignal(ObjectPath path, string @interface, string member, Signature signature, params object[] args) => new()
    {
        Type = MessageType.Signal,
        Path = path,
        Interface = @interface,
        Member = member,
        Signature = signature,
        Body = MarshalBody(signature, args),
    };

    /// <summary>Creates the successful reply to <paramref name="call"/>.</summary>
    public static Message CreateMethodReturn(Message call, Signature signature, params object[] args) => new()
    {
        Type = MessageType.MethodReturn,
        ReplySerial = call.Serial,
        Destination = call.Sender,
        Signature = signature,
        Body = MarshalBody(signature, args),
    };

    /// <summary>Creates an error reply to <paramref name="call"/> with a D-Bus error name and a message.</summary>
    public static Message CreateError(Message call, string errorName, string text) => new()
    {
        Type = MessageType.Error,
        ReplySerial = call.Serial,
        Destination = call.Sender,
        ErrorName = errorName,
        Signature = "s",
        Body = MarshalBody("s", text),
    };

    /// <summary>Marshals values into a body.</summary>
    public static byte[] MarshalBody(Signature signature, params object[] args)
    {
        var writer = new MessageWriter();
        writer.WriteValues(signature, args);
        return writer.ToArray();
    }

    /// <summary>The complete wire form of this message (little-endian) with the given serial.</summary>
    /// <exception cref="InvalidOperationException">The message is big-endian (only relayed, never sent).</exception>
    public byte[] Serialize(uint serial)
    {
        if (IsBigEndian)
            throw new InvalidOperationException("Only little-endian messages are written.");
        var writer = new MessageWriter();
        writer.WriteByte((byte)'l');
        writer.WriteByte((byte)Type);
        writer.WriteByte((byte)Flags);
        writer.WriteByte(ProtocolVersion);
        writer.WriteUInt32((uint)Body.Length);
        writer.WriteUInt32(serial);
        var fields = writer.BeginArray(8);
        if (Path is { } path) WriteField(writer, HeaderField.Path, "o", path);
        if (Interface is { } iface) WriteField(writer, HeaderField.Interface, "s", iface);
        if (Member is { } member) WriteField(writer, HeaderField.Member, "s", member);
        if (ErrorName is { } error) WriteField(writer, HeaderField.ErrorName, "s", error);
        if (ReplySerial is { } reply) WriteField(writer, HeaderField.ReplySerial, "u", reply);
        if (Destination is { } destination) WriteField(writer, HeaderField.Destination, "s", destination);
        if (Sender is { } sender) WriteField(writer, HeaderField.Sender, "s", sender);
        if (!Signature.IsEmpty) WriteField(writer, HeaderField.Signature, "g", Signature);
        writer.EndArray(fields);
        writer.Align(8);
        var header = writer.ToArray();
        var bytes = new byte[header.Length + Body.Length];
        header.CopyTo(bytes, 0);
        Body.Span.CopyTo(bytes.AsSpan(header.Length));
        return bytes;
    }

    private static void WriteField(MessageWriter writer, HeaderField code, string type, object value)
    {
        writer.BeginStruct();
        writer.WriteByte((byte)code);
        writer.WriteVariant(new Variant(type, value));
    }

    /// <summary>
    /// Total length of the message whose first <see cref="FixedHeaderLength"/> bytes are given
    /// (header, padding and body).
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not the start of a D-Bus message.</exception>
    public static int GetMessageLength(ReadOnlySpan<byte> fixedHeader)
    {
        if (fixedHeader.Length < FixedHeaderLength)
            throw new InvalidDataException("D-Bus message header is too short.");
        var bigEndian = fixedHeader[0] switch
        {
            (byte)'l' => false,
            (byte)'B' => true,
            var b => throw new InvalidDataException($"Unknown D-Bus byte order mark 0x{b:X2}."),
        };
        if (fixedHeader[3] != ProtocolVersion)
            throw new InvalidDataException($"Unsupported D-Bus protocol version {fixedHeader[3]}.");
        var bodyLength = ReadUInt32(fixedHeader[4..], bigEndian);
        var fieldsLength = ReadUInt32(fixedHeader[12..], bigEndian);
        var headerLength = (FixedHeaderLength + (long)fieldsLength + 7) / 8 * 8;
        var total = headerLength + bodyLength;
        if (total > MaxMessageLength)
            throw new InvalidDataException($"D-Bus message of {total} bytes exceeds the 128 MiB limit.");
        return (int)total;
    }

    /// <summary>Parses one complete message.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a valid message.</exception>
    public static Message Parse(ReadOnlyMemory<byte> bytes)
    {
        var total = GetMessageLength(bytes.Span);
        if (bytes.Length != total)
            throw new InvalidDataException($"D-Bus message should be {total} bytes, got {bytes.Length}.");
        var bigEndian = bytes.Span[0] == (byte)'B';
        var reader = new MessageReader(bytes, bigEndian);
        reader.ReadByte();
        var type = reader.ReadByte();
        if (type is < 1 or > 4)
            throw new InvalidDataException($"Unknown D-Bus message type {type}.");
        var flags = (MessageFlags)reader.ReadByte();
        reader.ReadByte();
        var bodyLength = (int)reader.ReadUInt32();
        var serial = reader.ReadUInt32();
        if (serial == 0)
            throw new InvalidDataException("D-Bus message with serial 0.");

        var fields = new Dictionary<HeaderField, object>();
        var end = reader.BeginArray(8);
        while (reader.Position < end)
        {
            reader.Align(8);
            var code = (HeaderField)reader.ReadByte();
            var value = reader.ReadVariant();
            fields[code] = value.Value; // unknown fields are ignored, as the spec requires
        }
        reader.Align(8);
        var body = bytes.Slice(reader.Position, bodyLength);

        var message = new Message
        {
            Type = (MessageType)type,
            Flags = flags,
            Serial = serial,
            Path = Field<ObjectPath?>(fields, HeaderField.Path),
            Interface = Field<string>(fields, HeaderField.Interface),
            Member = Field<string>(fields, HeaderField.Member),
            ErrorName = Field<string>(fields, HeaderField.ErrorName),
            ReplySerial = Field<uint?>(fields, HeaderField.ReplySerial),
            Destination = Field<string>(fields, HeaderField.Destination),
            Sender = Field<string>(fields, HeaderField.Sender),
            Signature = Field<Signature?>(fields, HeaderField.Signature) ?? Signature.Empty,
            Body = body,
            IsBigEndian = bigEndian,
        };
        message.CheckRequiredFields();
        return message;
    }

    private void CheckRequiredFields()
    {
        var missing = Type switch
        {
            MessageType.MethodCall when Path is null || Member is null => "PATH and MEMBER",
            MessageType.Signal when Path is null || Interface is null || Member is null => "PATH, INTERFACE and MEMBER",
            MessageType.Error when ErrorName is null || ReplySerial is null => "ERROR_NAME and REPLY_SERIAL",
            MessageType.MethodReturn when ReplySerial is null => "REPLY_SERIAL",
            _ => null,
        };
        if (missing is not null)
            throw new InvalidDataException($"D-Bus {Type} message lacks {missing}.");
        if (Body.Length > 0 && Signature.IsEmpty)
            throw new InvalidDataException("D-Bus message has a body but no signature.");
    }

    private static T? Field<T>(Dictionary<HeaderField, object> fields, HeaderField code)
    {
        if (!fields.TryGetValue(code, out var value))
            return default;
        return value is T t ? t : throw new InvalidDataException($"D-Bus header field {code} has the wrong type.");
    }

    private static uint ReadUInt32(ReadOnlySpan<byte> span, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(span) : BinaryPrimitives.ReadUInt32LittleEndian(span);

    /// <inheritdoc/>
    public override string ToString() => Type switch
    {
        MessageType.Error => $"Error {ErrorName} (reply to {ReplySerial})",
        MessageType.MethodReturn => $"Return (reply to {ReplySerial}) '{Signature}'",
        _ => $"{Type} {Interface}.{Member} on {Path} '{Signature}'",
    };
}
