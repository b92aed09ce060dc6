using System.Security.Cryptography;
using System.Text;

namespace ButtplugHost.Plugins.VibCrafter;

/// <summary>Every VibCrafter message, both ways, is ASCII text in AES-128-ECB with PKCS#7 padding under one fixed key.</summary>
internal static class VibCrafterCipher
{
    private static readonly byte[] Key = "jdk#Cra%f5Vib28r"u8.ToArray();

    public static byte[] Encrypt(string text)
    {
        using var aes = Aes.Create();
        aes.Key = Key;
        return aes.EncryptEcb(Encoding.ASCII.GetBytes(text), PaddingMode.PKCS7);
    }

    /// <exception cref="CryptographicException">Not a whole number of blocks, or bad padding.</exception>
    public static string Decrypt(ReadOnlySpan<byte> cipher)
    {
        using var aes = Aes.Create();
        aes.Key = Key;
        return Encoding.ASCII.GetString(aes.DecryptEcb(cipher, PaddingMode.PKCS7));
    }
}
