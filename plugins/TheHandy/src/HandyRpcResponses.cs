using Google.Protobuf;

namespace ButtplugHost.Plugins.TheHandy;

/// <summary>Reads the few answers of the Handy RPC protobuf the plugin looks at.</summary>
internal static class HandyRpcResponses
{
    private const int RpcResponse = 4;
    private const int ResponseBatteryGet = 710;
    private const int BatteryGetState = 1;
    private const int BatteryStateLevel = 1;

    /// <summary>
    /// The battery level (0–100) of an <c>RpcMessage</c> answering a battery request, or null when the
    /// bytes are something else (an error answer, a notification, garbage).
    /// </summary>
    public static uint? BatteryLevel(byte[] rpcMessage)
    {
        try
        {
            var response = Field(rpcMessage, RpcResponse);
            var battery = response is null ? null : Field(response, ResponseBatteryGet);
            var state = battery is null ? null : Field(battery, BatteryGetState);
            // A level of 0 is left out of the encoding, so a present state without it means empty.
            return state is null ? null : VarintField(state, BatteryStateLevel) ?? 0;
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }
    }

    private static byte[]? Field(byte[] message, int number)
    {
        var input = new CodedInputStream(message);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == number && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
                return input.ReadBytes().ToByteArray();
            input.SkipLastField();
        }
        return null;
    }

    private static uint? VarintField(byte[] message, int number)
    {
        var input = new CodedInputStream(message);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == number && WireFormat.GetTagWireType(tag) == WireFormat.WireType.Varint)
                return input.ReadUInt32();
            input.SkipLastField();
        }
        return null;
    }
}
