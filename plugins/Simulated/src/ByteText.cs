using System.Text;

namespace ButtplugHost.Plugins.Simulated;

/// <summary>Bytes in configuration: plain text, or <c>hex:</c> followed by hex digits.</summary>
internal static class ByteText
{
    public static byte[] Parse(string value) =>
        value.StartsWith("hex:", StringComparison.OrdinalIgnoreCase)
            ? Convert.FromHexString(value.AsSpan(4).ToString().Replace(" ", "", StringComparison.Ordinal))
            : Encoding.UTF8.GetBytes(value);
}
