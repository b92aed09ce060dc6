using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.Ankni;

/// <summary>
/// Drives one Ankni (Roselex) toy. Start-up reads the PnP characteristic (<c>generic0</c>) and, when it
/// holds an address, writes the two handshake packets (<see cref="AnkniHandshake"/>). Each speed (0–3)
/// is the 20-byte packet <c>03 12 speed 00…</c> on <c>tx</c>; every write is acknowledged.
/// </summary>
internal sealed class AnkniHandler(ProtocolDevice device) : ProtocolHandler(device)
{
    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var hardware = Device.Hardware;
        var pnp = await hardware.ReadAsync(Endpoints.Generic(0), cancellationToken);
        if (!AnkniHandshake.IsNeeded(pnp))
            return;
        await hardware.WriteAsync(Endpoints.Tx, AnkniHandshake.First(), withResponse: true, cancellationToken);
        await hardware.WriteAsync(Endpoints.Tx, AnkniHandshake.Second(pnp), withResponse: true, cancellationToken);
    }

    protected override IReadOnlyList<HardwareCommand> HandleOutput(OutputCommand command)
    {
        if (command is not { Type: OutputType.Vibrate, FeatureIndex: 0 })
            return base.HandleOutput(command);
        var packet = new byte[20];
        packet[0] = 0x03;
        packet[1] = 0x12;
        packet[2] = (byte)command.Value;
        return [HardwareCommand.Write(Endpoints.Tx, packet, withResponse: true)];
    }
}
