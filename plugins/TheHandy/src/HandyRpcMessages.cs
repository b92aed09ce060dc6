using ButtplugHost.Plugins.TheHandy.Protobuf;

namespace ButtplugHost.Plugins.TheHandy;

/// <summary>
/// The Handy RPC protobuf of firmware 4+: an <c>RpcMessage</c> (type = 1, oneof request = 2, …)
/// carrying a <c>Request</c> (id = 2, oneof params numbered by command).
/// </summary>
internal static class HandyRpcMessages
{
    private const int RpcType = 1;
    private const int RpcRequest = 2;
    private const uint MessageTypeRequest = 1;

    private const int RequestId = 2;
    private const int BatteryGet = 710;
    private const int CapabilitiesGet = 713;
    private const int HdspXpTSet = 744;
    private const int HvpSet = 900;
    private const int HvpStop = 901;

    /// <summary>Asks for the battery state.</summary>
    public static byte[] BatteryGetRequest(uint id) => Rpc(Request(id, BatteryGet, new ProtoMessage()));

    /// <summary>Asks for the device's capabilities.</summary>
    public static byte[] CapabilitiesGetRequest(uint id) => Rpc(Request(id, CapabilitiesGet, new ProtoMessage()));

    /// <summary>
    /// The keep-alive packet: a bare <c>Request</c> for the capabilities, without the RpcMessage
    /// envelope (that is what the firmware has been seen to accept as traffic).
    /// </summary>
    public static byte[] KeepAlive(uint id) => Request(id, CapabilitiesGet, new ProtoMessage()).ToArray();

    /// <summary>HDSP "go to position <paramref name="position"/> (0–1) in <paramref name="durationMs"/>", stopping at the target.</summary>
    public static byte[] HdspXpTSetRequest(uint id, float position, uint durationMs) =>
        Rpc(Request(id, HdspXpTSet, new ProtoMessage()
            .Float(1, position)
            .UInt32(2, durationMs)
            .Bool(3, true)));

    /// <summary>Vibrate at <paramref name="amplitude"/> (0–1) and <paramref name="frequencyHz"/>, at slider position 0.</summary>
    public static byte[] HvpSetRequest(uint id, float amplitude, uint frequencyHz) =>
        Rpc(Request(id, HvpSet, new ProtoMessage()
            .Float(1, amplitude)
            .UInt32(2, frequencyHz)
            .Float(3, 0f)));

    /// <summary>Stop vibrating.</summary>
    public static byte[] HvpStopRequest(uint id) => Rpc(Request(id, HvpStop, new ProtoMessage()));

    private static ProtoMessage Request(uint id, int command, ProtoMessage parameters) =>
        new ProtoMessage().UInt32(RequestId, id).Message(command, parameters);

    private static byte[] Rpc(ProtoMessage request) =>
        new ProtoMessage().UInt32(RpcType, MessageTypeRequest).Message(RpcRequest, request).ToArray();
}
