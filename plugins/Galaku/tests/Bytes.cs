namespace ButtplugHost.Plugins.Galaku.Tests;

/// <summary>Packets written as hex, the way captures and the reference's cases show them.</summary>
internal static class Bytes
{
    public static byte[] Hex(string text) => Convert.FromHexString(text.Replace(" ", "", StringComparison.Ordinal));
}
