using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Satisfyer;

/// <summary>
/// The <c>satisfyer</c> protocol. Every Satisfyer toy advertises as "SF …"; the model is told by its
/// model number, taken from the advertisement or, failing that, read from <c>rxblemodel</c>.
/// </summary>
public sealed class SatisfyerProtocol : ProtocolBase
{
    /// <summary>How often the reference server re-sends the last packet to a quiet toy.</summary>
    public static readonly TimeSpan DefaultKeepAliveInterval = TimeSpan.FromSeconds(3);

    private readonly TimeSpan _keepAliveInterval;
    private readonly TimeProvider _time;

    /// <summary>Creates the protocol.</summary>
    /// <param name="keepAliveInterval">Quiet time after which the last packet is re-sent; default 3 s.</param>
    /// <param name="time">Clock for the keep-alive timer; the system clock by default.</param>
    public SatisfyerProtocol(TimeSpan? keepAliveInterval = null, TimeProvider? time = null) : base("satisfyer")
    {
        _keepAliveInterval = keepAliveInterval ?? DefaultKeepAliveInterval;
        if (_keepAliveInterval <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(keepAliveInterval), "The keep-alive interval must be positive.");
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public override async Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken)
    {
        if (SatisfyerModelNumber.FromAdvertisement(hardware.Identity.ManufacturerData) is { } advertised)
            return advertised;
        try
        {
            var data = await hardware.ReadAsync(Endpoints.RxBleModel, cancellationToken);
            return SatisfyerModelNumber.Parse(data);
        }
        catch (HardwareException e)
        {
            throw new ProtocolException($"Could not read the model number of {hardware.Identity.Name}: {e.Message}", e);
        }
    }

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new SatisfyerHandler(device, _keepAliveInterval, _time);
}
