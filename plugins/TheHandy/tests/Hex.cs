namespace ButtplugHost.Plugins.TheHandy.Tests;

internal static class Hex
{
    /// <summary>Bytes from spaced hex, e.g. <c>"0A 06 B2"</c>.</summary>
    public static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
}
