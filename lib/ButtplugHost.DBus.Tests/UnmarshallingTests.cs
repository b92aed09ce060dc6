namespace ButtplugHost.DBus.Tests;

/// <summary>
/// Every type BlueZ uses, read by <see cref="MessageReader"/> from hand-written bytes, in both byte
/// orders (the bus relays messages in their sender's order).
/// </summary>
public class UnmarshallingTests
{
    private static object Read(string type, string bytes, bool bigEndian = false)
    {
        var reader = new MessageReader(Bytes.Of(bytes), bigEndian);
        var value = reader.ReadValue(type);
        Assert.True(reader.AtEnd, "every byte should be consumed");
        return value;
    }

    private static object[] ReadAll(Signature signature, string bytes, bool bigEndian = false) =>
        new MessageReader(Bytes.Of(bytes), bigEndian).ReadValues(signature);

    [Fact] public void Byte() => Assert.Equal((byte)42, Read("y", "2A"));

    [Fact] public void Boolean()
    {
        Assert.Equal(true, Read("b", "01000000"));
        Assert.Equal(false, Read("b", "00000000"));
        Assert.Equal(true, Read("b", "00000001", bigEndian: true));
    }

    [Fact] public void Boolean_other_than_0_or_1_is_invalid() => Assert.Throws<InvalidDataException>(() => Read("b", "02000000"));

    [Fact] public void Int16_both_orders()
    {
        Assert.Equal((short)-2, Read("n", "FEFF"));
        Assert.Equal((short)-2, Read("n", "FFFE", bigEndian: true));
    }

    [Fact] public void UInt16_both_orders()
    {
        Assert.Equal((ushort)0x1234, Read("q", "3412"));
        Assert.Equal((ushort)0x1234, Read("q", "1234", bigEndian: true));
    }

    [Fact] public void Int32_both_orders()
    {
        Assert.Equal(0x01020304, Read("i", "04030201"));
        Assert.Equal(0x01020304, Read("i", "01020304", bigEndian: true));
    }

    [Fact] public void UInt32_both_orders()
    {
        Assert.Equal(0xDEADBEEFu, Read("u", "EFBEADDE"));
        Assert.Equal(0xDEADBEEFu, Read("u", "DEADBEEF", bigEndian: true));
    }

    [Fact] public void Int64_both_orders()
    {
        Assert.Equal(-2L, Read("x", "FEFFFFFFFFFFFFFF"));
        Assert.Equal(-2L, Read("x", "FFFFFFFFFFFFFFFE", bigEndian: true));
    }

    [Fact] public void UInt64_both_orders()
    {
        Assert.Equal(0x0102030405060708UL, Read("t", "0807060504030201"));
        Assert.Equal(0x0102030405060708UL, Read("t", "0102030405060708", bigEndian: true));
    }

    [Fact] public void Double_both_orders()
    {
        Assert.Equal(1.0, Read("d", "000000000000F03F"));
        Assert.Equal(1.0, Read("d", "3FF0000000000000", bigEndian: true));
    }

    [Fact] public void String_both_orders()
    {
        Assert.Equal("foo", Read("s", "03000000 'foo' 00"));
        Assert.Equal("foo", Read("s", "00000003 'foo' 00", bigEndian: true));
    }

    [Fact] public void String_without_nul_is_invalid() => Assert.Throws<InvalidDataException>(() => Read("s", "03000000 'foo' 41"));

    [Fact] public void Truncated_string_is_invalid() => Assert.Throws<InvalidDataException>(() => Read("s", "09000000 'foo' 00"));

    [Fact] public void Object_path() => Assert.Equal(new ObjectPath("/org/bluez"), Read("o", "0A000000 '/org/bluez' 00"));

    [Fact] public void Invalid_object_path_is_rejected() => Assert.Throws<InvalidDataException>(() => Read("o", "03000000 'a/b' 00"));

    [Fact] public void Signature() => Assert.Equal(new Signature("a{sv}"), Read("g", "05 'a{sv}' 00"));

    [Fact] public void Byte_array() => Assert.Equal(new byte[] { 1, 2, 3 }, Read("ay", "03000000 010203"));

    [Fact] public void String_array_both_orders()
    {
        Assert.Equal(new object[] { "a", "bc" }, Read("as", "0F000000 01000000 'a' 00 0000 02000000 'bc' 00"));
        Assert.Equal(new object[] { "a", "bc" }, Read("as", "0000000F 00000001 'a' 00 0000 00000002 'bc' 00", bigEndian: true));
    }

    [Fact] public void Empty_array_of_structs_skips_padding() => Assert.Equal(Array.Empty<object>(), Read("a(ii)", "00000000 00000000"));

    [Fact] public void Array_of_structs() =>
        Assert.Equal(new object[] { new object[] { (byte)1, 2u } }, Read("a(yu)", "08000000 00000000 01000000 02000000"));

    [Fact] public void Struct_after_byte() =>
        Assert.Equal(new object[] { (byte)1, new object[] { 5 } }, ReadAll("y(i)", "01 00000000000000 05000000"));

    [Fact] public void Int64_after_byte_both_orders()
    {
        Assert.Equal(new object[] { (byte)1, 2L }, ReadAll("yx", "01 00000000000000 0200000000000000"));
        Assert.Equal(new object[] { (byte)1, 2L }, ReadAll("yx", "01 00000000000000 0000000000000002", bigEndian: true));
    }

    [Fact] public void Non_zero_padding_is_invalid() => Assert.Throws<InvalidDataException>(() => ReadAll("yi", "01 000100 05000000"));

    [Fact] public void Variant()
    {
        var variant = Assert.IsType<Variant>(Read("v", "01 's' 00 00 02000000 'hi' 00"));
        Assert.Equal(new Signature("s"), variant.Signature);
        Assert.Equal("hi", variant.Value);
    }

    [Fact] public void Variant_byte_array_big_endian()
    {
        var variant = Assert.IsType<Variant>(Read("v", "02 'ay' 00 00000002 ABCD", bigEndian: true));
        Assert.Equal(new byte[] { 0xAB, 0xCD }, variant.Value);
    }

    [Fact] public void Variant_with_two_types_is_invalid() => Assert.Throws<InvalidDataException>(() => Read("v", "02 'yy' 00 0102"));

    [Fact] public void Dictionary_string_to_variant_both_orders()
    {
        foreach (var (bytes, big) in new[]
        {
            ("10000000 00000000 01000000 'a' 00 01 'u' 00 000000 01000000", false),
            ("00000010 00000000 00000001 'a' 00 01 'u' 00 000000 00000001", true),
        })
        {
            var map = DBusValues.ToPropertyMap(Read("a{sv}", bytes, big));
            Assert.Equal(new Variant("u", 1u), map["a"]);
        }
    }

    [Fact] public void Manufacturer_data_big_endian()
    {
        var map = Assert.IsType<Dictionary<object, object>>(Read("a{qv}", "0000000E 00000000 004C 02 'ay' 00 0000 00000002 0102", bigEndian: true));
        var data = Assert.IsType<Variant>(map[(ushort)0x004C]);
        Assert.Equal(new byte[] { 1, 2 }, data.Value);
    }

    [Fact] public void Array_length_past_end_is_invalid() => Assert.Throws<InvalidDataException>(() => Read("ay", "10000000 0102"));

    [Fact] public void Array_elements_must_fill_the_length() =>
        // declared 5 bytes, but two uint32 elements need 8
        Assert.Throws<InvalidDataException>(() => Read("au", "05000000 01000000 02000000"));

    [Theory]
    [InlineData("y", (byte)200)]
    [InlineData("n", (short)-300)]
    [InlineData("q", (ushort)65000)]
    [InlineData("i", -70000)]
    [InlineData("u", 4000000000u)]
    [InlineData("x", -5000000000L)]
    [InlineData("t", 18000000000000000000UL)]
    [InlineData("d", -2.5)]
    [InlineData("s", "héllo")]
    [InlineData("b", true)]
    public void Round_trip_after_a_byte(string type, object value)
    {
        var writer = new MessageWriter();
        writer.WriteByte(9);
        writer.WriteValue(type, value);
        var reader = new MessageReader(writer.ToArray());
        Assert.Equal((byte)9, reader.ReadByte());
        Assert.Equal(value, reader.ReadValue(type));
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void Round_trip_of_GetManagedObjects_reply()
    {
        var objects = new Dictionary<ObjectPath, Dictionary<string, Dictionary<string, Variant>>>
        {
            [new("/org/bluez/hci0/dev_AA")] = new()
            {
                ["org.bluez.Device1"] = new()
                {
                    ["Name"] = new("s", "LVS-Z36"),
                    ["RSSI"] = new("n", (short)-60),
                    ["UUIDs"] = new("as", new[] { "5a300001-0023-4bd4-bbd5-a6920e4c5653" }),
                    ["ManufacturerData"] = new("a{qv}", new Dictionary<ushort, Variant> { [620] = new("ay", new byte[] { 1 }) }),
                },
            },
        };
        var writer = new MessageWriter();
        writer.WriteValue("a{oa{sa{sv}}}", objects);
        var read = (Dictionary<object, object>)new MessageReader(writer.ToArray()).ReadValue("a{oa{sa{sv}}}");
        var device = DBusValues.ToInterfaceMap(read[new ObjectPath("/org/bluez/hci0/dev_AA")])["org.bluez.Device1"];
        Assert.Equal("LVS-Z36", device["Name"].Value);
        Assert.Equal((short)-60, device["RSSI"].Value);
        Assert.Equal(new object[] { "5a300001-0023-4bd4-bbd5-a6920e4c5653" }, device["UUIDs"].Value);
        var manufacturer = (Dictionary<object, object>)device["ManufacturerData"].Value;
        Assert.Equal(new byte[] { 1 }, ((Variant)manufacturer[(ushort)620]).Value);
    }
}
