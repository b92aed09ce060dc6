using System.Text.Json;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Protocol.Fast;

/// <summary>
/// Reads a whole client frame of per-command messages (<see cref="HotKind"/>) with a
/// <see cref="Utf8JsonReader"/> into reused arrays, with no tree and no allocation. It accepts only
/// frames the reference path (<see cref="FrameParser"/> and the handlers) would read without an error
/// of shape: valid JSON, non-empty arrays of one-key objects of a hot type, every field the type
/// reads present once, unescaped names, the right JSON types, an Id from 1. Anything else, it
/// declines and the frame goes the reference way, which answers with the exact error it always did.
/// One instance per session, used by one frame at a time.
/// </summary>
internal sealed class HotFrame
{
    private HotMessage[] _messages = new HotMessage[4];
    private HotItem[] _items = new HotItem[8];

    public int Count { get; private set; }

    /// <summary>The commands of the message being run, handed to the device and cleared.</summary>
    public List<OutputCommand> Commands { get; } = new(4);

    /// <summary>Commands sent lately, reused.</summary>
    public CommandCache Cache { get; } = new();

    public ref HotMessage this[int index] => ref _messages[index];

    public ReadOnlySpan<HotItem> Items(in HotMessage m) => _items.AsSpan(m.FirstItem, m.ItemCount);

    private int _itemCount;

    /// <summary>Reads <paramref name="frame"/>; false when it holds anything the hot path does not take.</summary>
    public bool TryRead(ReadOnlySpan<byte> frame)
    {
        Count = 0;
        _itemCount = 0;
        // The reference reader's options: several arrays may follow each other, depth limit 64.
        var reader = new Utf8JsonReader(frame, new JsonReaderOptions { AllowMultipleValues = true });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.StartArray)
                    return false;
                reader.Read();
                if (reader.TokenType == JsonTokenType.EndArray)
                    return false; // an empty array is an error
                do
                {
                    if (!TryReadMessage(ref reader))
                        return false;
                    reader.Read();
                }
                while (reader.TokenType != JsonTokenType.EndArray);
            }
        }
        catch (JsonException)
        {
            return false;
        }
        return Count > 0;
    }

    private bool TryReadMessage(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            return false;
        if (Count == _messages.Length)
            Array.Resize(ref _messages, Count * 2);
        ref var m = ref _messages[Count];
        m = default;
        m.Start = (int)reader.TokenStartIndex;
        reader.Read();
        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped || !HotNames.TryKind(reader.ValueSpan, out m.Kind))
            return false;
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject || !TryReadBody(ref reader, ref m))
            return false;
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndObject)
            return false; // a second key
        m.End = (int)reader.BytesConsumed;
        Count++;
        return true;
    }

    // Fields seen, one bit each: a field given twice is left to the reference path.
    private const int IdBit = 1, DeviceBit = 2, FeatureBit = 4, CommandBit = 8, ListBit = 16, SpeedBit = 32, PositionBit = 64;

    private bool TryReadBody(ref Utf8JsonReader reader, ref HotMessage m)
    {
        var seen = 0;
        var list = HotNames.ListField(m.Kind);
        while (true)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndObject)
                break;
            if (reader.ValueIsEscaped)
                return false;
            var name = reader.ValueSpan;
            int bit;
            bool ok;
            if (name.SequenceEqual("Id"u8))
            {
                bit = IdBit;
                ok = ReadUInt(ref reader, out m.Id) && m.Id != 0;
            }
            else if (name.SequenceEqual("DeviceIndex"u8) && m.Kind != HotKind.Ping)
            {
                bit = DeviceBit;
                ok = ReadUInt(ref reader, out m.DeviceIndex);
            }
            else if (m.Kind == HotKind.OutputCmd && name.SequenceEqual("FeatureIndex"u8))
            {
                bit = FeatureBit;
                ok = ReadUInt(ref reader, out m.FeatureIndex);
            }
            else if (m.Kind == HotKind.OutputCmd && name.SequenceEqual("Command"u8))
            {
                bit = CommandBit;
                ok = TryReadOutputCommand(ref reader, ref m);
            }
            else if (!list.IsEmpty && name.SequenceEqual(list))
            {
                bit = ListBit;
                ok = TryReadList(ref reader, ref m);
            }
            else if (m.Kind is HotKind.SingleMotorVibrateCmd or HotKind.FleshlightLaunchFW12Cmd && name.SequenceEqual("Speed"u8))
            {
                bit = SpeedBit;
                ok = m.Kind == HotKind.SingleMotorVibrateCmd ? ReadDouble(ref reader, out m.Speed) : ReadUInt(ref reader, out m.LaunchSpeed);
            }
            else if (m.Kind == HotKind.FleshlightLaunchFW12Cmd && name.SequenceEqual("Position"u8))
            {
                bit = PositionBit;
                ok = ReadUInt(ref reader, out m.LaunchPosition);
            }
            else
            {
                reader.Skip(); // a field this type does not read: ignored, as by the reference
                continue;
            }
            if (!ok || (seen & bit) != 0)
                return false;
            seen |= bit;
        }
        return (seen & Required(m.Kind)) == Required(m.Kind);
    }

    private static int Required(HotKind kind) => kind switch
    {
        HotKind.Ping => IdBit,
        HotKind.OutputCmd => IdBit | DeviceBit | FeatureBit | CommandBit,
        HotKind.SingleMotorVibrateCmd => IdBit | DeviceBit | SpeedBit,
        HotKind.FleshlightLaunchFW12Cmd => IdBit | DeviceBit | SpeedBit | PositionBit,
        HotKind.StopDeviceCmd => IdBit | DeviceBit,
        _ => IdBit | DeviceBit | ListBit,
    };

    // OutputCmd.Command: {"<type>":{"Value":n[,"Duration":n][,"Clockwise":b]}}, exactly one key.
    private static bool TryReadOutputCommand(ref Utf8JsonReader reader, ref HotMessage m)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
            return false;
        reader.Read();
        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped || !HotNames.TryOutputType(reader.ValueSpan, out m.Output, out var withDirection))
            return false;
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
            return false;
        bool value = false, duration = false, clockwise = false;
        while (true)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndObject)
                break;
            if (reader.ValueIsEscaped)
                return false;
            var name = reader.ValueSpan;
            if (name.SequenceEqual("Value"u8))
            {
                if (value || !ReadInt(ref reader, out m.Value))
                    return false;
                value = true;
            }
            else if (m.Output == OutputType.HwPositionWithDuration && name.SequenceEqual("Duration"u8))
            {
                if (duration || !ReadUInt(ref reader, out m.Duration))
                    return false;
                duration = true;
            }
            else if (withDirection && name.SequenceEqual("Clockwise"u8))
            {
                if (clockwise || !ReadBool(ref reader, out m.Clockwise))
                    return false;
                clockwise = true;
            }
            else
            {
                reader.Skip();
            }
        }
        if (!value || (m.Output == OutputType.HwPositionWithDuration && !duration) || (withDirection && !clockwise))
            return false;
        if (!withDirection)
            m.Clockwise = true;
        else if (m.Value < 0)
            return false; // a Device error the reference path words
        reader.Read();
        return reader.TokenType == JsonTokenType.EndObject; // one key only
    }

    private bool TryReadList(ref Utf8JsonReader reader, ref HotMessage m)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
            return false;
        m.FirstItem = _itemCount;
        while (true)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray)
                break;
            if (reader.TokenType != JsonTokenType.StartObject)
                return false;
            if (_itemCount == _items.Length)
                Array.Resize(ref _items, _itemCount * 2);
            ref var item = ref _items[_itemCount];
            item = default;
            if (!TryReadItem(ref reader, m.Kind, ref item))
                return false;
            _itemCount++;
        }
        m.ItemCount = _itemCount - m.FirstItem;
        return m.ItemCount > 0; // an empty list is a Device error the reference path words
    }

    private const int IndexBit = 1, ValueBit = 2, DurationBit = 4, ClockwiseBit = 8, ActuatorBit = 16;

    private static bool TryReadItem(ref Utf8JsonReader reader, HotKind kind, ref HotItem item)
    {
        var seen = 0;
        var valueName = kind switch
        {
            HotKind.ScalarCmd => "Scalar"u8,
            HotKind.LinearCmd => "Position"u8,
            _ => "Speed"u8,
        };
        while (true)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndObject)
                break;
            if (reader.ValueIsEscaped)
                return false;
            var name = reader.ValueSpan;
            int bit;
            bool ok;
            if (name.SequenceEqual("Index"u8))
            {
                bit = IndexBit;
                ok = ReadUInt(ref reader, out item.Index);
            }
            else if (name.SequenceEqual(valueName))
            {
                bit = ValueBit;
                ok = ReadDouble(ref reader, out item.Value);
            }
            else if (kind == HotKind.LinearCmd && name.SequenceEqual("Duration"u8))
            {
                bit = DurationBit;
                ok = ReadUInt(ref reader, out item.Duration);
            }
            else if (kind == HotKind.RotateCmd && name.SequenceEqual("Clockwise"u8))
            {
                bit = ClockwiseBit;
                ok = ReadBool(ref reader, out item.Clockwise);
            }
            else if (kind == HotKind.ScalarCmd && name.SequenceEqual("ActuatorType"u8))
            {
                bit = ActuatorBit;
                reader.Read();
                ok = reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && HotNames.TryActuator(reader.ValueSpan, out item.Actuator);
            }
            else
            {
                reader.Skip();
                continue;
            }
            if (!ok || (seen & bit) != 0)
                return false;
            seen |= bit;
        }
        var required = kind switch
        {
            HotKind.ScalarCmd => IndexBit | ValueBit | ActuatorBit,
            HotKind.LinearCmd => IndexBit | ValueBit | DurationBit,
            HotKind.RotateCmd => IndexBit | ValueBit | ClockwiseBit,
            _ => IndexBit | ValueBit,
        };
        return (seen & required) == required;
    }

    private static bool ReadUInt(ref Utf8JsonReader reader, out uint value)
    {
        reader.Read();
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetUInt32(out value);
    }

    private static bool ReadInt(ref Utf8JsonReader reader, out int value)
    {
        reader.Read();
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
    }

    private static bool ReadDouble(ref Utf8JsonReader reader, out double value)
    {
        reader.Read();
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out value);
    }

    private static bool ReadBool(ref Utf8JsonReader reader, out bool value)
    {
        reader.Read();
        value = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False;
    }
}
