namespace ButtplugHost.Plugins.Hid.LovenseDongle;

/// <summary>Result and status codes the Lovense dongle puts in <c>result</c> / <c>data.status</c>.</summary>
internal static class DongleCodes
{
    public const int DongleInitialized = 100;
    public const int CommandSuccess = 200;
    public const int DeviceConnectInProgress = 201;
    public const int DeviceConnectSuccess = 202;
    public const int SearchStarted = 205;
    public const int SearchStopped = 206;
    public const int MalformedMessage = 400;
    public const int DeviceConnectionFailed = 402;
    public const int DeviceDisconnected = 403;
    public const int DeviceNotFound = 404;
    public const int DongleScanningInterruption = 501;
}
