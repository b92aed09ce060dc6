using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.TheHandy;

/// <summary>
/// The Handy with firmware 4+ (Handy 2, The Oh!): Handy RPC messages. Devices advertise as
/// <c>OHD_&lt;hardware&gt;_&lt;serial&gt;</c>; the hardware part (<c>hw1</c>, <c>hw3</c>, <c>hw4</c>…) selects the model.
/// </summary>
/// <param name="options">The plugin's settings (keep-alive, answer timeout).</param>
/// <param name="time">The clock of the keep-alive; the system clock by default.</param>
public sealed class TheHandyV3Protocol(TheHandyOptions options, TimeProvider? time = null) : ProtocolBase("thehandy-v3")
{
    /// <summary>Creates the protocol with default options.</summary>
    public TheHandyV3Protocol() : this(new TheHandyOptions()) { }

    /// <summary>The hardware part of the advertised name; "unknown" when the name has fewer than three parts.</summary>
    public static string HardwareModel(string advertisedName)
    {
        var parts = advertisedName.Split('_');
        return parts.Length > 2 ? parts[1] : "unknown";
    }

    /// <inheritdoc/>
    public override Task<string?> IdentifyAsync(IHardware hardware, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(HardwareModel(hardware.Identity.Name));

    /// <inheritdoc/>
    public override ProtocolHandler CreateHandler(ProtocolDevice device) => new TheHandyV3Handler(device, options, time ?? TimeProvider.System);
}
