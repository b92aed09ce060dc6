namespace ButtplugHost.DBus.Tests;

/// <summary>Whole messages: header layout, header fields, byte order, framing.</summary>
public class MessageTests
{
    // The Hello call every client sends first, laid out by hand: fixed header, then the a(yv) field
    // array (PATH, INTERFACE, MEMBER, DESTINATION; each struct 8-aligned), padding to 8, empty body.
    private const string Hello =
        "6C 01 00 01 00000000 01000000 6D000000" +
        "01 01 'o' 00 15000000 '/org/freedesktop/DBus' 00 0000" +
        "02 01 's' 00 14000000 'org.freedesktop.DBus' 00 000000" +
        "03 01 's' 00 05000000 'Hello' 00 0000" +
        "06 01 's' 00 14000000 'org.freedesktop.DBus' 00 000000";

    // A big-endian error reply ("x.Y", reply to serial 2) with body s "no", as another client might send it.
    private const string BigEndianError =
        "'B' 03 01 01 00000007 00000005 0000001F" +
        "04 01 's' 00 00000003 'x.Y' 00" +
        "00000000 05 01 'u' 00 00000002" +
        "08 01 'g' 00 01 's' 00 00" +
        "00000002 'no' 00";

    [Fact]
    public void Hello_call_is_serialized_exactly()
    {
        var call = Message.CreateMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "Hello", Signature.Empty);
        Assert.Equal(Bytes.Hex(Bytes.Of(Hello)), Bytes.Hex(call.Serialize(1)));
    }

    [Fact]
    public void Hello_call_parses_back()
    {
        var bytes = Bytes.Of(Hello);
        Assert.Equal(128, Message.GetMessageLength(bytes.AsSpan(0, Message.FixedHeaderLength)));
        var message = Message.Parse(bytes);
        Assert.Equal(MessageType.MethodCall, message.Type);
        Assert.Equal(1u, message.Serial);
        Assert.Equal(new ObjectPath("/org/freedesktop/DBus"), message.Path);
        Assert.Equal("org.freedesktop.DBus", message.Interface);
        Assert.Equal("Hello", message.Member);
        Assert.Equal("org.freedesktop.DBus", message.Destination);
        Assert.True(message.Signature.IsEmpty);
        Assert.Empty(message.ReadBody());
    }

    [Fact]
    public void Big_endian_error_parses()
    {
        var bytes = Bytes.Of(BigEndianError);
        Assert.Equal(55, bytes.Length);
        Assert.Equal(55, Message.GetMessageLength(bytes));
        var message = Message.Parse(bytes);
        Assert.True(message.IsBigEndian);
        Assert.Equal(MessageType.Error, message.Type);
        Assert.Equal(MessageFlags.NoReplyExpected, message.Flags);
        Assert.Equal(5u, message.Serial);
        Assert.Equal("x.Y", message.ErrorName);
        Assert.Equal(2u, message.ReplySerial);
        Assert.Equal(new object[] { "no" }, message.ReadBody());
        var error = DBusErrorException.FromReply(message);
        Assert.Equal("x.Y", error.ErrorName);
        Assert.Equal("no", error.ErrorMessage);
    }

    [Fact]
    public void Signal_with_body_round_trips()
    {
        var signal = Message.CreateSignal("/org/bluez/hci0/dev_AA", "org.freedesktop.DBus.Properties", "PropertiesChanged", "sa{sv}as",
            "org.bluez.Device1", new Dictionary<string, Variant> { ["Connected"] = new("b", false) }, Array.Empty<string>());
        var parsed = Message.Parse(signal.Serialize(7));
        var changed = PropertiesChanged.TryParse(parsed);
        Assert.NotNull(changed);
        Assert.Equal("org.bluez.Device1", changed.Interface);
        Assert.Equal(false, changed.Changed["Connected"].Value);
        Assert.Equal(new ObjectPath("/org/bluez/hci0/dev_AA"), changed.Path);
    }

    [Fact]
    public void Body_starts_at_an_8_byte_boundary()
    {
        var call = Message.CreateMethodCall("a.b", "/a", "a.b", "M", "t", 5UL);
        var bytes = call.Serialize(3);
        var bodyStart = bytes.Length - 8;
        Assert.Equal(0, bodyStart % 8);
        Assert.Equal("0500000000000000", Bytes.Hex(bytes[bodyStart..]));
    }

    [Fact] public void Bad_byte_order_mark_is_rejected() => Assert.Throws<InvalidDataException>(() => Message.GetMessageLength(Bytes.Of("58 01 00 01 00000000 01000000 00000000")));

    [Fact] public void Serial_zero_is_rejected() => Assert.Throws<InvalidDataException>(() => Message.Parse(Bytes.Of("6C 04 00 01 00000000 00000000 00000000")));

    [Fact] public void Signal_without_member_is_rejected() =>
        Assert.Throws<InvalidDataException>(() => Message.Parse(Bytes.Of("6C 04 00 01 00000000 01000000 0A000000 01 01 'o' 00 01000000 '/' 00 000000000000")));

    [Fact]
    public void Match_rule_text_quotes_values()
    {
        var rule = new MatchRule { Sender = "org.bluez", Interface = "org.freedesktop.DBus.Properties", Member = "PropertiesChanged", PathNamespace = "/org/bluez", Arg0 = "it's" };
        Assert.Equal("type='signal',sender='org.bluez',interface='org.freedesktop.DBus.Properties',member='PropertiesChanged',path_namespace='/org/bluez',arg0='it'\\''s'",
            rule.ToString());
    }

    [Fact]
    public void Match_rule_matches_locally()
    {
        var signal = Message.Parse(Message.CreateSignal("/org/bluez/hci0", "org.freedesktop.DBus.Properties", "PropertiesChanged", "sa{sv}as",
            "org.bluez.Adapter1", new Dictionary<string, Variant>(), Array.Empty<string>()).Serialize(1));
        Assert.True(new MatchRule { PathNamespace = "/org/bluez", Arg0 = "org.bluez.Adapter1" }.Matches(signal));
        Assert.True(new MatchRule { Sender = "org.bluez", Member = "PropertiesChanged" }.Matches(signal));
        Assert.False(new MatchRule { Arg0 = "org.bluez.Device1" }.Matches(signal));
        Assert.False(new MatchRule { PathNamespace = "/org/bluez/hci1" }.Matches(signal));
        Assert.False(new MatchRule { Path = "/org/bluez" }.Matches(signal));
        Assert.False(new MatchRule { Member = "InterfacesAdded" }.Matches(signal));
    }

    [Fact]
    public void Unix_addresses_parse()
    {
        Assert.Equal("/run/dbus/system_bus_socket", DBusAddress.ParseEndPoints(DBusAddress.DefaultSystemBus)[0].ToString());
        Assert.Equal("/tmp/a b", DBusAddress.ParseEndPoints("tcp:host=x;unix:path=/tmp/a%20b,guid=123")[0].ToString());
        Assert.Throws<FormatException>(() => DBusAddress.ParseEndPoints("tcp:host=localhost,port=1"));
    }

    [Fact]
    public void Sasl_uid_is_hex_of_decimal_text()
    {
        var hex = SaslAuthenticator.HexOfUid();
        var decimalText = System.Text.Encoding.ASCII.GetString(Convert.FromHexString(hex));
        Assert.True(uint.TryParse(decimalText, out _), decimalText);
    }
}
