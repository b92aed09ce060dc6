namespace ButtplugHost.DBus;

/// <summary>
/// A D-Bus variant (type code <c>v</c>): a value together with its signature. Values use the .NET
/// types described on <see cref="MessageReader.ReadValue"/>.
/// </summary>
/// <param name="Signature">The single complete type of the value.</param>
/// <param name="Value">The value.</param>
public sealed record Variant(Signature Signature, object Value)
{
    /// <summary>
    /// Wraps a value, inferring its D-Bus type from the .NET type: byte, bool, short, ushort, int, uint,
    /// long, ulong, double, string, <see cref="ObjectPath"/>, <see cref="DBus.Signature"/>, byte[] (ay),
    /// string[] (as), ObjectPath[] (ao), Variant (v) and IDictionary&lt;string, Variant&gt; (a{sv}).
    /// </summary>
    /// <exception cref="ArgumentException">The type has no obvious D-Bus equivalent; use the constructor.</exception>
    public static Variant From(object value) => new(SignatureOf(value), value);

    /// <summary>The D-Bus type inferred for a .NET value (see <see cref="From"/>).</summary>
    public static Signature SignatureOf(object value) => value switch
    {
        byte => "y",
        bool => "b",
        short => "n",
        ushort => "q",
        int => "i",
        uint => "u",
        long => "x",
        ulong => "t",
        double => "d",
        string => "s",
        ObjectPath => "o",
        global::ButtplugHost.DBus.Signature => "g",
        byte[] => "ay",
        string[] => "as",
        ObjectPath[] => "ao",
        Variant => "v",
        IDictionary<string, Variant> => "a{sv}",
        _ => throw new ArgumentException($"Cannot infer a D-Bus type for {value?.GetType().Name ?? "null"}; give the signature explicitly."),
    };

    /// <summary>The value cast to <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidCastException">The value has another type.</exception>
    public T As<T>() => Value is T t
        ? t
        : throw new InvalidCastException($"Variant of type '{Signature}' holds {Value.GetType().Name}, not {typeof(T).Name}.");

    /// <inheritdoc/>
    public override string ToString() => $"<{Signature}> {Value}";
}
