namespace ButtplugHost.DBus.Tests;

/// <summary>
/// Every type BlueZ uses, written by <see cref="MessageWriter"/> and compared with bytes worked out by
/// hand from the D-Bus specification (little-endian, offsets from an 8-aligned start).
/// </summary>
public class MarshallingTests
{
    private static string Write(string type, object value)
    {
        var writer = new MessageWriter();
        writer.WriteValue(type, value);
        return Bytes.Hex(writer.ToArray());
    }

    private static string WriteAll(Signature signature, params object[] values)
    {
        var writer = new MessageWriter();
        writer.WriteValues(signature, values);
        return Bytes.Hex(writer.ToArray());
    }

    [Fact] public void Byte() => Assert.Equal("2A", Write("y", (byte)42));

    [Fact] public void Boolean_is_32_bit_0_or_1()
    {
        Assert.Equal("01000000", Write("b", true));
        Assert.Equal("00000000", Write("b", false));
    }

    [Fact] public void Int16() => Assert.Equal("FEFF", Write("n", (short)-2));

    [Fact] public void UInt16() => Assert.Equal("3412", Write("q", (ushort)0x1234));

    [Fact] public void Int32() => Assert.Equal("04030201", Write("i", 0x01020304));

    [Fact] public void Int32_negative() => Assert.Equal("FFFFFFFF", Write("i", -1));

    [Fact] public void UInt32() => Assert.Equal("EFBEADDE", Write("u", 0xDEADBEEFu));

    [Fact] public void Int64() => Assert.Equal("FEFFFFFFFFFFFFFF", Write("x", -2L));

    [Fact] public void UInt64() => Assert.Equal("0807060504030201", Write("t", 0x0102030405060708UL));

    [Fact] public void Double() => Assert.Equal("000000000000F03F", Write("d", 1.0));

    [Fact] public void String_has_length_bytes_and_nul() => Assert.Equal(Bytes.Hex(Bytes.Of("03000000 'foo' 00")), Write("s", "foo"));

    [Fact] public void Empty_string() => Assert.Equal("0000000000", Write("s", ""));

    [Fact] public void String_length_counts_utf8_bytes() => Assert.Equal("02000000C3A900", Write("s", "é"));

    [Fact] public void Object_path() => Assert.Equal(Bytes.Hex(Bytes.Of("02000000 '/a' 00")), Write("o", new ObjectPath("/a")));

    [Fact] public void Signature_has_one_byte_length() => Assert.Equal(Bytes.Hex(Bytes.Of("05 'a{sv}' 00")), Write("g", new Signature("a{sv}")));

    [Fact] public void Byte_array() => Assert.Equal("03000000010203", Write("ay", new byte[] { 1, 2, 3 }));

    [Fact] public void String_array_pads_between_elements() =>
        // length 15 = "a"(4+1+1) + 2 padding + "bc"(4+2+1)
        Assert.Equal(Bytes.Hex(Bytes.Of("0F000000 01000000 'a' 00 0000 02000000 'bc' 00")), Write("as", new[] { "a", "bc" }));

    [Fact] public void Empty_array_of_int32() => Assert.Equal("00000000", Write("ai", Array.Empty<int>()));

    [Fact] public void Empty_array_of_structs_still_pads_to_8() => Assert.Equal("0000000000000000", Write("a(ii)", Array.Empty<object>()));

    [Fact] public void Array_of_structs_aligns_each_struct_to_8() =>
        // length 8 (excludes the 4 padding bytes after it): y 01, 3 padding, u 2
        Assert.Equal("08000000" + "00000000" + "01000000" + "02000000", Write("a(yu)", new[] { new object[] { (byte)1, 2u } }));

    [Fact] public void Struct() => Assert.Equal(Bytes.Hex(Bytes.Of("07 000000 01000000 'x' 00")), Write("(ys)", new object[] { (byte)7, "x" }));

    [Fact] public void Struct_from_tuple() => Assert.Equal(Bytes.Hex(Bytes.Of("07 000000 01000000 'x' 00")), Write("(ys)", ((byte)7, "x")));

    [Fact] public void Struct_after_byte_starts_at_8() => Assert.Equal("01" + "00000000000000" + "05000000", WriteAll("y(i)", (byte)1, new object[] { 5 }));

    [Fact] public void Int64_after_byte_starts_at_8() => Assert.Equal("01" + "00000000000000" + "0200000000000000", WriteAll("yx", (byte)1, 2L));

    [Fact] public void Double_after_byte_starts_at_8() => Assert.Equal("01" + "00000000000000" + "000000000000F03F", WriteAll("yd", (byte)1, 1.0));

    [Fact] public void Int16_after_byte_starts_at_2() => Assert.Equal("01" + "00" + "FEFF", WriteAll("yn", (byte)1, (short)-2));

    [Fact] public void Variant_string() => Assert.Equal(Bytes.Hex(Bytes.Of("01 's' 00 00 02000000 'hi' 00")), Write("v", new Variant("s", "hi")));

    [Fact] public void Variant_infers_type() => Assert.Equal(Bytes.Hex(Bytes.Of("01 's' 00 00 02000000 'hi' 00")), Write("v", "hi"));

    [Fact] public void Variant_byte_array() => Assert.Equal(Bytes.Hex(Bytes.Of("02 'ay' 00 02000000 ABCD")), Write("v", new Variant("ay", new byte[] { 0xAB, 0xCD })));

    [Fact] public void Variant_of_variant() => Assert.Equal(Bytes.Hex(Bytes.Of("01 'v' 00 01 'y' 00 07")), Write("v", new Variant("v", new Variant("y", (byte)7))));

    [Fact] public void Dictionary_string_to_variant() =>
        // length 16 = key "a" (4+1+1) + variant sig "u" (3) + 3 padding + u 1 (4); 4 padding before the first entry
        Assert.Equal(Bytes.Hex(Bytes.Of("10000000 00000000 01000000 'a' 00 01 'u' 00 000000 01000000")),
            Write("a{sv}", new Dictionary<string, Variant> { ["a"] = new("u", 1u) }));

    [Fact] public void Empty_dictionary_pads_to_8() => Assert.Equal("0000000000000000", Write("a{sv}", new Dictionary<string, Variant>()));

    [Fact] public void Manufacturer_data_dictionary() =>
        // a{qv} as BlueZ sends it: key 0x004C, variant ay [1, 2]; length 14
        Assert.Equal(Bytes.Hex(Bytes.Of("0E000000 00000000 4C00 02 'ay' 00 0000 02000000 0102")),
            Write("a{qv}", new Dictionary<ushort, Variant> { [0x004C] = new("ay", new byte[] { 1, 2 }) }));

    [Fact] public void Two_dictionary_entries_each_align_to_8() =>
        // entry 1 at 8: y 01, pad 3, u 1 → ends at 16; entry 2 at 16: y 02, pad 3, u 2 → 24; length 16
        Assert.Equal("10000000" + "00000000" + "01000000" + "01000000" + "02000000" + "02000000",
            Write("a{yu}", new Dictionary<byte, uint> { [1] = 1, [2] = 2 }));

    [Fact] public void Write_options_of_BlueZ_WriteValue() =>
        // (ay, a{sv}) as in GattCharacteristic1.WriteValue([0x41], {"type": "request"})
        Assert.Equal(Bytes.Hex(Bytes.Of("01000000 41 000000 18000000 00000000 04000000 'type' 00 01 's' 00 07000000 'request' 00")),
            WriteAll("aya{sv}", new byte[] { 0x41 }, new Dictionary<string, Variant> { ["type"] = new("s", "request") }));

    [Fact] public void Value_of_wrong_type_is_rejected() => Assert.Throws<ArgumentException>(() => Write("i", "not a number"));

    [Fact] public void Value_count_must_match_signature() => Assert.Throws<ArgumentException>(() => WriteAll("ss", "one"));

    [Fact] public void Nul_in_string_is_rejected() => Assert.Throws<ArgumentException>(() => Write("s", "a\0b"));
}
