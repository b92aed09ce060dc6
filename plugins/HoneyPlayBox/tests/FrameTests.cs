namespace ButtplugHost.Plugins.HoneyPlayBox.Tests;

/// <summary>The frame, its CRC and the signed motor payload, against bytes computed independently.</summary>
public class FrameTests
{
    [Fact]
    public void The_handshake_frame_is_byte_exact()
    {
        Assert.Equal(TestDevice.Handshake, Frame.Build(0xB1, 0x01, [0x00, 0x10], 0));
        // The counter is not covered by the CRC.
        Assert.Equal(Convert.FromHexString("02a55a55aaf001b10100020010033686"), Frame.Build(0xB1, 0x01, [0x00, 0x10], 1));
    }

    [Fact]
    public void Crc16_modbus_of_the_check_string() =>
        Assert.Equal(0x4B37, Frame.Crc16Modbus("123456789"u8));

    [Fact]
    public void The_motor_payload_is_signed_with_md5_of_header_groups_secret_and_key()
    {
        var key = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();
        var frame = Frame.Build(0xB1, 0x03, MotorPayload.Build(key, [50, 0]), 2);
        // The reference's test_honeyplaybox_protocol.yaml frame for motor 0 at 50 of a Vibrosa.
        Assert.Equal(Convert.FromHexString("02a55a55aaf002b1030018010005003c000032110005003c0000003cab13934e4cb857033291"), frame);
    }

    [Fact]
    public void A_key_of_the_wrong_size_is_rejected() =>
        Assert.Throws<ArgumentException>(() => MotorPayload.Build(new byte[15], [1]));

    [Fact]
    public void The_collector_joins_split_frames_and_skips_noise()
    {
        var collector = new FrameCollector();
        var answer = TestDevice.Answer;
        Assert.Empty(collector.Push([0xFF, 0x00, .. answer[..4]]));
        Assert.Empty(collector.Push(answer.AsSpan(4, 16)));
        var frames = collector.Push([.. answer[20..], .. TestDevice.Handshake[..3]]);
        Assert.Equal([answer], frames);
        Assert.Equal([TestDevice.Handshake], collector.Push(TestDevice.Handshake.AsSpan(3)));
    }

    [Fact]
    public void The_collector_drops_a_header_whose_end_byte_is_wrong()
    {
        var collector = new FrameCollector();
        byte[] broken = [.. TestDevice.Handshake];
        broken[13] = 0x00; // the end byte
        Assert.Equal([TestDevice.Handshake], collector.Push([.. broken, .. TestDevice.Handshake]));
    }
}
