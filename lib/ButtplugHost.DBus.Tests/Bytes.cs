namespace ButtplugHost.DBus.Tests;

/// <summary>Hand-written byte strings: hex with spaces for readability, "'text'" for ASCII runs.</summary>
internal static class Bytes
{
    public static byte[] Of(string spec)
    {
        var result = new List<byte>();
        var parts = spec.Split('\'');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
                result.AddRange(System.Text.Encoding.ASCII.GetBytes(parts[i]));
            else
                result.AddRange(Convert.FromHexString(parts[i].Replace(" ", "", StringComparison.Ordinal)));
        }
        return result.ToArray();
    }

    public static string Hex(byte[] bytes) => Convert.ToHexString(bytes);
}
