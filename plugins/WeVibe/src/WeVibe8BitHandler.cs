using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Plugins.WeVibe;

/// <summary>8-bit We-Vibe (Moxie, Vector, Melt, …): a byte per motor, offset by 3, external first.</summary>
internal sealed class WeVibe8BitHandler(ProtocolDevice device) : WeVibeHandler(device)
{
    protected override byte[] EncodeSpeeds(int internalSpeed, int externalSpeed) =>
        WeVibePacket.Motors((byte)(externalSpeed + 3), (byte)(internalSpeed + 3), WeVibePacket.RunningFlags(internalSpeed, externalSpeed));
}
