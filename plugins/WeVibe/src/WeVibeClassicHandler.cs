using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.WeVibe;

/// <summary>Classic We-Vibe (4 Plus, Pivot, …): both motors' 4-bit speeds packed in one byte.</summary>
internal sealed class WeVibeClassicHandler(ProtocolDevice device) : WeVibeHandler(device)
{
    /// <summary>Wakes the toy: a short buzz frame, then all off.</summary>
    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var hardware = Device.Hardware;
        await hardware.WriteAsync(Endpoints.Tx, WeVibePacket.Motors(0x99, 0x00, 0x03), withResponse: true, cancellationToken);
        await hardware.WriteAsync(Endpoints.Tx, WeVibePacket.Off(), withResponse: true, cancellationToken);
    }

    // Internal motor in the high nibble, external in the low one.
    protected override byte[] EncodeSpeeds(int internalSpeed, int externalSpeed) =>
        WeVibePacket.Motors((byte)((internalSpeed << 4) | (externalSpeed & 0x0f)), 0x00, 0x03);
}
