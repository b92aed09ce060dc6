namespace ButtplugHost.Protocol;

/// <summary>A request that is answered with a Buttplug <c>Error</c>.</summary>
internal sealed class ButtplugError(ErrorCode code, string message) : Exception(message)
{
    public ErrorCode Code { get; } = code;

    public static ButtplugError Msg(string message) => new(ErrorCode.Message, message);

    public static ButtplugError Device(string message) => new(ErrorCode.Device, message);
}
