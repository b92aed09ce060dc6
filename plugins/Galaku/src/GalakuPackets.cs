namespace ButtplugHost.Plugins.Galaku;

/// <summary>The payloads Galaku toys take (before <see cref="GalakuCipher.Encrypt"/>), and the pump's plain packet.</summary>
public static class GalakuPackets
{
    /// <summary>One motor: <c>5A 00 00 01 31 speed 00 00 00 00</c>, encrypted.</summary>
    public static byte[] SingleMotor(byte speed) => GalakuCipher.Encrypt([0x5A, 0x00, 0x00, 0x01, 0x31, speed, 0x00, 0x00, 0x00, 0x00]);

    /// <summary>Two motors: <c>5A 00 00 01 40 03 first second 00 00</c>, encrypted.</summary>
    public static byte[] TwoMotors(byte first, byte second) => GalakuCipher.Encrypt([0x5A, 0x00, 0x00, 0x01, 0x40, 0x03, first, second, 0x00, 0x00]);

    /// <summary>galaku-pump (Galaku Nebula): <c>5A 00 00 01 60 03 thrust vibrate 00 00</c>, encrypted.</summary>
    public static byte[] Pump(byte thrust, byte vibrate) => GalakuCipher.Encrypt([0x5A, 0x00, 0x00, 0x01, 0x60, 0x03, thrust, vibrate, 0x00, 0x00]);

    /// <summary>The battery request: <c>5A 00 00 01 13 00 00 00 00 00</c>, encrypted; the answer comes on <c>rxblebattery</c>.</summary>
    public static byte[] BatteryRequest() => GalakuCipher.Encrypt([0x5A, 0x00, 0x00, 0x01, 0x13, 0x00, 0x00, 0x00, 0x00, 0x00]);

    /// <summary>
    /// The pump advertising <c>AC695X_1(BLE)</c> (a galaku model) takes a plain 16-byte packet:
    /// <c>AA 01 0A 03 speed on 00…</c>, where on is 1 unless the speed is 0.
    /// </summary>
    public static byte[] PlainPump(byte speed)
    {
        var packet = new byte[16];
        packet[0] = 0xAA;
        packet[1] = 0x01;
        packet[2] = 0x0A;
        packet[3] = 0x03;
        packet[4] = speed;
        packet[5] = speed == 0 ? (byte)0 : (byte)1;
        return packet;
    }

    /// <summary>The advertised name of the pump that takes <see cref="PlainPump"/> packets.</summary>
    public const string PumpName = "AC695X_1(BLE)";
}
