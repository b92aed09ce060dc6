using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Galaku;

/// <summary>
/// The <c>galaku</c> protocol: toys with one or two motors and a battery, found by advertised name
/// (which is also the model identifier).
/// </summary>
public sealed class GalakuProtocol : ProtocolBase
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "galaku";

    /// <summary>How long a battery read waits for the toy's answer by default.</summary>
    public static readonly TimeSpan DefaultBatteryTimeout = TimeSpan.FromSeconds(5);

    private readonly TimeSpan _batteryTimeout;

    /// <summary>Loads the definition from the plugin's devices.json.</summary>
    /// <param name="batteryTimeout">How long a battery read waits for the answer; default 5 s.</param>
    public GalakuProtocol(TimeSpan? batteryTimeout = null) : base(ProtocolName)
    {
        _batteryTimeout = batteryTimeout ?? DefaultBatteryTimeout;
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new GalakuHandler(device, _batteryTimeout);
}
