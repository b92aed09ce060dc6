using System.Security.Cryptography;

namespace ButtplugHost.Plugins.Fluffer;

/// <summary>Every Fluffer packet, both ways, is AES-128-ECB with PKCS#7 padding under one fixed key.</summary>
internal static class FlufferCipher
{
    private static readonly byte[] Key = "jdk#Flu%y6fer32f"u8.ToArray();

    public static byte[] Encrypt(ReadOnlySpan<byte> plain)
    {
        using var aes = Aes.Create();
        aes.Key = Key;
        return aes.EncryptEcb(plain, PaddingMode.PKCS7);
    }

    /// <exception cref="System.Security.Cryptography.CryptographicException">Not a whole number of blocks, or bad padding.</exception>
    public static byte[] Decrypt(ReadOnlySpan<byte> cipher)
    {
        using var aes = Aes.Create();
        aes.Key = Key;
        return aes.DecryptEcb(cipher, PaddingMode.PKCS7);
    }
}
