using System.Text;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.MonsterPub;

/// <summary>
/// MonsterPub toys all advertise a brand name; the model (e.g. <c>MP2_JK_N_P1</c>) is the UTF-8 text in
/// <c>rxblemodel</c>, NUL bytes removed. A device whose model cannot be read is <c>Unknown</c> (the
/// default model).
/// </summary>
internal static class ModelName
{
    /// <summary>The identifier of a device whose model characteristic could not be read.</summary>
    public const string Unknown = "Unknown";

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<string> ReadAsync(IHardware hardware, CancellationToken cancellationToken)
    {
        byte[] data;
        try
        {
            data = await hardware.ReadAsync(Endpoints.RxBleModel, cancellationToken);
        }
        catch (HardwareException)
        {
            return Unknown;
        }
        return Parse(data, hardware.Identity.Name);
    }

    public static string Parse(byte[] data, string deviceName)
    {
        try
        {
            return Strict.GetString(data).Replace("\0", "", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException e)
        {
            throw new ProtocolException($"{deviceName} reported a model name that is not UTF-8 text.", e);
        }
    }
}
