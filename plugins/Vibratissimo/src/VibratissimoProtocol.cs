using System.Text;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Vibratissimo;

/// <summary>
/// The vibratissimo protocol. Every Vibratissimo toy advertises <c>Vibratissimo</c>; the model is the
/// text in the BLE model-number characteristic (<c>rxblemodel</c>): <c>Licker</c>, <c>Rabbit</c>, …
/// </summary>
public sealed class VibratissimoProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "vibratissimo";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    public VibratissimoProtocol() : base(ProtocolName) { }

    /// <summary>
    /// Reads the model number; when it is not valid UTF-8 the advertised name is the identifier, as in
    /// the reference. A failed read fails the connection.
    /// </summary>
    public override async Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken)
    {
        var model = await hardware.ReadAsync(Endpoints.RxBleModel, cancellationToken);
        return ModelName(model) ?? hardware.Identity.Name;
    }

    /// <summary>The model number as text, or null when it is not valid UTF-8.</summary>
    public static string? ModelName(byte[] data)
    {
        try
        {
            return StrictUtf8.GetString(data);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new VibratissimoHandler(device);
}
