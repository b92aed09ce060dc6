using System.Text;

namespace ButtplugHost.DBus;

/// <summary>
/// Which signals to receive: sent to the bus with <c>AddMatch</c>, and used locally to route the
/// signals that arrive to the right handler. Unset keys match anything.
/// </summary>
public sealed record MatchRule
{
    /// <summary>Bus name of the sender. Locally only unique names (":1.42") are compared, since a
    /// signal carries its sender's unique name, not the well-known one; the bus filters well-known names.</summary>
    public string? Sender { get; init; }

    /// <summary>Interface of the signal.</summary>
    public string? Interface { get; init; }

    /// <summary>Signal name.</summary>
    public string? Member { get; init; }

    /// <summary>Exact object path.</summary>
    public ObjectPath? Path { get; init; }

    /// <summary>Object path or any of its descendants.</summary>
    public ObjectPath? PathNamespace { get; init; }

    /// <summary>The first body argument, when it is a string equal to this.</summary>
    public string? Arg0 { get; init; }

    /// <summary>The rule text for <c>org.freedesktop.DBus.AddMatch</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string> { "type='signal'" };
        Add(parts, "sender", Sender);
        Add(parts, "interface", Interface);
        Add(parts, "member", Member);
        Add(parts, "path", Path?.ToString());
        Add(parts, "path_namespace", PathNamespace?.ToString());
        Add(parts, "arg0", Arg0);
        return string.Join(',', parts);
    }

    /// <summary>True when <paramref name="message"/> is a signal this rule selects.</summary>
    public bool Matches(Message message)
    {
        if (message.Type != MessageType.Signal)
            return false;
        if (Sender is { } sender && sender.StartsWith(':') && message.Sender != sender)
            return false;
        if (Interface is not null && message.Interface != Interface)
            return false;
        if (Member is not null && message.Member != Member)
            return false;
        if (Path is { } path && message.Path != path)
            return false;
        if (PathNamespace is { } ns && message.Path is { } p && p != ns && !ns.IsAncestorOf(p))
            return false;
        if (Arg0 is not null && !FirstArgumentIs(message, Arg0))
            return false;
        return true;
    }

    private static bool FirstArgumentIs(Message message, string expected)
    {
        if (!message.Signature.ToString().StartsWith('s'))
            return false;
        try
        {
            return new MessageReader(message.Body, message.IsBigEndian).ReadString() == expected;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    // Values are quoted; a quote inside a value is written as '\'' (close, escaped quote, reopen).
    private static void Add(List<string> parts, string key, string? value)
    {
        if (value is null)
            return;
        var quoted = new StringBuilder(key).Append("='");
        foreach (var c in value)
            quoted.Append(c == '\'' ? "'\\''" : c.ToString());
        parts.Add(quoted.Append('\'').ToString());
    }
}
