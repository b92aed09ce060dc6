namespace ButtplugHost.DBus;

/// <summary>
/// A D-Bus type signature (type code <c>g</c>): a sequence of complete types such as <c>sa{sv}as</c>.
/// </summary>
public readonly record struct Signature
{
    /// <summary>The empty signature (no values).</summary>
    public static Signature Empty { get; } = new("");

    /// <summary>Creates a signature, checking that it is a well-formed sequence of complete types.</summary>
    /// <exception cref="ArgumentException">The signature is malformed.</exception>
    public Signature(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 255)
            throw new ArgumentException("A D-Bus signature is at most 255 characters long.", nameof(value));
        var index = 0;
        while (index < value.Length)
            index = SignatureParser.EndOfCompleteType(value, index);
        Value = value;
    }

    /// <summary>The signature text.</summary>
    public string Value { get; }

    /// <summary>True when the signature has no types.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <summary>Splits the signature into its complete types, e.g. <c>sa{sv}as</c> → <c>s</c>, <c>a{sv}</c>, <c>as</c>.</summary>
    public IReadOnlyList<string> SingleTypes()
    {
        var types = new List<string>();
        var text = Value ?? "";
        var index = 0;
        while (index < text.Length)
        {
            var end = SignatureParser.EndOfCompleteType(text, index);
            types.Add(text[index..end]);
            index = end;
        }
        return types;
    }

    /// <inheritdoc/>
    public override string ToString() => Value ?? "";

    /// <summary>Converts a string to a signature.</summary>
    public static implicit operator Signature(string value) => new(value);
}
