using ButtplugHost.Plugins.TheHandy.Protobuf;

namespace ButtplugHost.Plugins.TheHandy;

/// <summary>
/// The "handyplug" protobuf of firmware 3: a <c>Payload</c> (field 1: repeated <c>Message</c>) whose
/// <c>Message</c> is a oneof of Ping (102) and LinearCmd (403), among others.
/// </summary>
internal static class HandyPlugMessages
{
    private const int PayloadMessages = 1;
    private const int MessagePing = 102;
    private const int MessageLinearCmd = 403;
    private const int PingId = 1;
    private const int LinearCmdId = 1;
    private const int LinearCmdDeviceIndex = 2;
    private const int LinearCmdVectors = 3;
    private const int VectorIndex = 1;
    private const int VectorDuration = 2;
    private const int VectorPosition = 3;

    /// <summary>The Ping, id 999, the firmware accepts as a keep-alive.</summary>
    public static byte[] Ping() =>
        Payload(new ProtoMessage().Message(MessagePing, new ProtoMessage().UInt32(PingId, 999)));

    /// <summary>A LinearCmd (id 2, device 0, axis 0) moving to <paramref name="position"/> (0–1) over <paramref name="durationMs"/>.</summary>
    public static byte[] Linear(double position, uint durationMs)
    {
        var vector = new ProtoMessage()
            .UInt32(VectorIndex, 0)
            .UInt32(VectorDuration, durationMs)
            .Double(VectorPosition, position);
        var linear = new ProtoMessage()
            .UInt32(LinearCmdId, 2)
            .UInt32(LinearCmdDeviceIndex, 0)
            .Message(LinearCmdVectors, vector);
        return Payload(new ProtoMessage().Message(MessageLinearCmd, linear));
    }

    private static byte[] Payload(ProtoMessage message) =>
        new ProtoMessage().Message(PayloadMessages, message).ToArray();
}
