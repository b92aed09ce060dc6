using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.WeVibe;

/// <summary>Chorus-family We-Vibe (Chorus, Sync 2, …): a byte per motor, internal first, no offset.</summary>
internal sealed class WeVibeChorusHandler(ProtocolDevice device) : WeVibeHandler(device)
{
    protected override byte[] EncodeSpeeds(int internalSpeed, int externalSpeed) =>
        WeVibePacket.Motors((byte)internalSpeed, (byte)externalSpeed, WeVibePacket.RunningFlags(internalSpeed, externalSpeed));
}
