namespace ButtplugHost.DBus;

/// <summary>A D-Bus object path (type code <c>o</c>), e.g. <c>/org/bluez/hci0</c>.</summary>
public readonly record struct ObjectPath
{
    /// <summary>The root path <c>/</c>.</summary>
    public static ObjectPath Root { get; } = new("/");

    /// <summary>Creates a path, checking the D-Bus syntax rules.</summary>
    /// <exception cref="ArgumentException">The text is not a valid object path.</exception>
    public ObjectPath(string value)
    {
        if (!IsValid(value))
            throw new ArgumentException($"'{value}' is not a valid D-Bus object path.", nameof(value));
        Value = value;
    }

    /// <summary>The path text.</summary>
    public string Value { get; }

    /// <summary>True when <paramref name="path"/> is a descendant of this path (not equal to it).</summary>
    public bool IsAncestorOf(ObjectPath path) =>
        Value == "/" ? path.Value.Length > 1 : path.Value.StartsWith(Value + "/", StringComparison.Ordinal);

    /// <summary>True for "/" or "/" followed by non-empty elements of [A-Za-z0-9_] separated by "/".</summary>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value[0] != '/')
            return false;
        if (value.Length == 1)
            return true;
        if (value[^1] == '/')
            return false;
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '/')
            {
                if (value[i - 1] == '/')
                    return false;
            }
            else if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Value ?? "/";

    /// <summary>Converts a string to a path.</summary>
    public static implicit operator ObjectPath(string value) => new(value);
}
