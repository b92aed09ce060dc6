using ButtplugHost.Sdk.Hardware;

namespace ButtplugHost.Plugins.Hid.Bus;

/// <summary>
/// How HID reports map to endpoint names: writes to <c>tx</c> are output reports, writes to
/// <c>txvendorcontrol</c> feature reports (first byte the report id, 0 without numbered reports), and
/// input reports arrive as <c>rx</c> notifications while <c>rx</c> is subscribed.
/// </summary>
internal static class HidEndpoints
{
    public const string OutputReport = Endpoints.Tx;
    public const string FeatureReport = Endpoints.TxVendorControl;
    public const string InputReport = Endpoints.Rx;

    public static readonly IReadOnlyCollection<string> All = [OutputReport, FeatureReport, InputReport];
}
