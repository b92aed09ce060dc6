using Google.Protobuf;

namespace ButtplugHost.Plugins.TheHandy.Protobuf;

/// <summary>
/// Builds one protobuf message field by field, with proto3 rules: scalar fields holding their
/// default (0, false, 0.0) are left out; nested messages are always written, even when empty (they
/// are set oneof members or repeated elements). Fields must be added in ascending number order, the
/// order protobuf encoders use.
/// </summary>
internal sealed class ProtoMessage
{
    private readonly MemoryStream _buffer = new();
    private readonly CodedOutputStream _output;

    public ProtoMessage() => _output = new CodedOutputStream(_buffer, leaveOpen: true);

    public ProtoMessage UInt32(int field, uint value)
    {
        if (value != 0)
        {
            _output.WriteTag(field, WireFormat.WireType.Varint);
            _output.WriteUInt32(value);
        }
        return this;
    }

    public ProtoMessage Bool(int field, bool value)
    {
        if (value)
        {
            _output.WriteTag(field, WireFormat.WireType.Varint);
            _output.WriteBool(true);
        }
        return this;
    }

    public ProtoMessage Float(int field, float value)
    {
        if (value != 0f)
        {
            _output.WriteTag(field, WireFormat.WireType.Fixed32);
            _output.WriteFloat(value);
        }
        return this;
    }

    public ProtoMessage Double(int field, double value)
    {
        if (value != 0d)
        {
            _output.WriteTag(field, WireFormat.WireType.Fixed64);
            _output.WriteDouble(value);
        }
        return this;
    }

    public ProtoMessage Message(int field, ProtoMessage message)
    {
        _output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        _output.WriteBytes(ByteString.CopyFrom(message.ToArray()));
        return this;
    }

    public byte[] ToArray()
    {
        _output.Flush();
        return _buffer.ToArray();
    }
}
