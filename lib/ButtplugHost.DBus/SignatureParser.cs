namespace ButtplugHost.DBus;

/// <summary>Type codes and the grammar of signatures: where complete types end and how values align.</summary>
internal static class SignatureParser
{
    private const int MaxDepth = 32;

    /// <summary>Index just past the complete type that starts at <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentException">The signature is malformed there.</exception>
    public static int EndOfCompleteType(string signature, int start) => EndOfCompleteType(signature, start, 0, 0);

    private static int EndOfCompleteType(string signature, int start, int arrayDepth, int structDepth)
    {
        if (arrayDepth > MaxDepth || structDepth > MaxDepth)
            throw Malformed(signature, "nested too deeply");
        if (start >= signature.Length)
            throw Malformed(signature, "a complete type is missing");
        switch (signature[start])
        {
            case 'a':
                if (start + 1 < signature.Length && signature[start + 1] == '{')
                    return EndOfDictEntry(signature, start + 1, arrayDepth + 1, structDepth);
                return EndOfCompleteType(signature, start + 1, arrayDepth + 1, structDepth);
            case '(':
                {
                    var index = start + 1;
                    if (index < signature.Length && signature[index] == ')')
                        throw Malformed(signature, "empty struct");
                    while (index < signature.Length && signature[index] != ')')
                        index = EndOfCompleteType(signature, index, arrayDepth, structDepth + 1);
                    if (index >= signature.Length)
                        throw Malformed(signature, "unclosed struct");
                    return index + 1;
                }
            case var c when IsBasic(c) || c == 'v':
                return start + 1;
            default:
                throw Malformed(signature, $"unexpected '{signature[start]}' at {start}");
        }
    }

    private static int EndOfDictEntry(string signature, int open, int arrayDepth, int structDepth)
    {
        var keyIndex = open + 1;
        if (keyIndex >= signature.Length || !IsBasic(signature[keyIndex]))
            throw Malformed(signature, "dict entry key must be a basic type");
        var end = EndOfCompleteType(signature, keyIndex + 1, arrayDepth, structDepth + 1);
        if (end >= signature.Length || signature[end] != '}')
            throw Malformed(signature, "dict entry must have exactly one key and one value");
        return end + 1;
    }

    /// <summary>True for the basic (non-container) type codes, which may be dictionary keys.</summary>
    public static bool IsBasic(char code) => code is 'y' or 'b' or 'n' or 'q' or 'i' or 'u' or 'x' or 't' or 'd' or 's' or 'o' or 'g' or 'h';

    /// <summary>The alignment, in bytes, of values whose type starts with <paramref name="code"/>.</summary>
    public static int AlignmentOf(char code) => code switch
    {
        'y' or 'g' or 'v' => 1,
        'n' or 'q' => 2,
        'b' or 'i' or 'u' or 's' or 'o' or 'a' or 'h' => 4,
        'x' or 't' or 'd' or '(' or '{' => 8,
        _ => throw new ArgumentException($"Unknown D-Bus type code '{code}'."),
    };

    private static ArgumentException Malformed(string signature, string why) =>
        new($"Malformed D-Bus signature '{signature}': {why}.");
}
