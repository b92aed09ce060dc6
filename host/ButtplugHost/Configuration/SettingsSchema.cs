using System.Globalization;
using System.Reflection;
using ButtplugHost.Devices;
using ButtplugHost.Server.Security;
using ButtplugHost.Session;

namespace ButtplugHost.Configuration;

/// <summary>
/// The settings the host itself reads, with their types, for checking configuration before start.
/// <c>Server</c> and <c>Plugins</c> are checked key by key. Other sections belong to plugins (the
/// built-in buses and vendors, or third-party ones the host cannot know), so only a section name
/// that is a near miss of one the host reads (<c>Sever</c>, <c>Plugin</c>) is reported.
/// </summary>
internal static class SettingsSchema
{
    /// <summary>The kinds of value a setting takes.</summary>
    public enum Kind { Text, Bool, Int, UInt, Port, TextList, ApprovalMode }

    private static readonly Dictionary<string, Kind> HostKeys = BuildHostKeys();

    /// <summary>
    /// Top-level sections the host itself reads. Plugins own their sections (named as they choose), so
    /// any other section is accepted; only a near miss of one of these is reported as a typo.
    /// </summary>
    private static readonly string[] KnownSections = ["Server", "Plugins", "Logging", "Kestrel", "AllowedHosts", "Mdns", Devices.Reconnect.ReconnectOptions.Section];

    public static IEnumerable<string> Keys => HostKeys.Keys;

    private static Dictionary<string, Kind> BuildHostKeys()
    {
        var keys = new Dictionary<string, Kind>(StringComparer.OrdinalIgnoreCase);
        // The option classes bound to the Server section.
        foreach (var options in new[] { typeof(ServerOptions), typeof(AccessOptions), typeof(ConnectionLimits), typeof(Session.Approval.ClientApprovalOptions) })
        {
            foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                keys["Server:" + property.Name] = KindOf(property);
        }
        // Read directly from configuration rather than through ServerOptions.
        keys["Server:DefaultMessageGapMs"] = Kind.UInt;
        keys["Server:UserDeviceConfigFile"] = Kind.Text;
        keys["Server:DeviceConfigFile"] = Kind.Text;
        keys[MergeWindow.Key] = Kind.UInt;
        keys[ScanDuration.Key] = Kind.Text; // seconds, fractions allowed; checked when read
        keys["Server:WebSocketPort"] = Kind.Port;
        keys["Server:ClientApproval"] = Kind.ApprovalMode;
        keys["Plugins:Directories"] = Kind.TextList;
        keys["Plugins:Watch"] = Kind.Bool;
        keys["Plugins:WatchQuietMs"] = Kind.Int;
        keys["Plugins:WatchByPolling"] = Kind.Bool;
        keys["Plugins:LoadOnDemand"] = Kind.Bool;
        keys["Plugins:LoadTimeoutMs"] = Kind.Int;
        return keys;
    }

    private static Kind KindOf(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type == typeof(bool) ? Kind.Bool
            : type == typeof(int) || type == typeof(long) ? Kind.Int
            : type == typeof(uint) || type == typeof(ulong) ? Kind.UInt
            : type.IsArray || (type.IsGenericType && type != typeof(string)) ? Kind.TextList
            : Kind.Text;
    }

    /// <summary>Checks one configuration key and value; returns the problem, or null.</summary>
    public static (int ExitCode, string Message)? Check(string key, string? value)
    {
        var section = key.Split(':')[0];
        if (section.Equals("Server", StringComparison.OrdinalIgnoreCase) || section.Equals("Plugins", StringComparison.OrdinalIgnoreCase))
        {
            var (known, kind) = Lookup(key);
            if (known is null)
            {
                var (nearest, _) = NearestName.Find(key, HostKeys.Keys);
                return (ExitCodes.UnknownKey, $"unknown setting {key} — did you mean {nearest}?");
            }
            return value is null || Valid(kind, value) ? null : (ExitCodes.WrongType, $"{known} must be {Describe(kind)}, not \"{value}\"");
        }
        if (KnownSections.Contains(section, StringComparer.OrdinalIgnoreCase))
            return null;
        var (near, distance) = NearestName.Find(section, KnownSections);
        if (distance <= 2)
        {
            var suggestion = HostKeys.Keys.Select(k => k.Split(':', 2)).FirstOrDefault(k => k[0] == near && key.Contains(':', StringComparison.Ordinal)
                && NearestName.Distance(k[1].ToUpperInvariant(), key.Split(':', 2)[1].ToUpperInvariant()) <= 2);
            return (ExitCodes.UnknownKey, $"unknown setting {key} — did you mean {(suggestion is null ? near : string.Join(':', suggestion))}?");
        }
        return null;
    }

    // "Plugins:Directories:0" is an element of the list Plugins:Directories.
    private static (string? Key, Kind Kind) Lookup(string key)
    {
        if (HostKeys.TryGetValue(key, out var kind))
            return (HostKeys.Keys.First(k => k.Equals(key, StringComparison.OrdinalIgnoreCase)), kind);
        // Server:ApprovedClients:0:Name — a field of one element of a list of objects.
        if (ObjectListFields.Any(f => IsFieldOfElement(key, f.List, f.Fields)))
            return (key, Kind.Text);
        var cut = key.LastIndexOf(':');
        if (cut > 0 && int.TryParse(key[(cut + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && HostKeys.TryGetValue(key[..cut], out var listKind) && listKind == Kind.TextList)
            return (key, Kind.Text);
        return (null, Kind.Text);
    }

    private static readonly (string List, string[] Fields)[] ObjectListFields = [("Server:ApprovedClients", ["Name", "Origin"])];

    private static bool IsFieldOfElement(string key, string list, string[] fields)
    {
        if (!key.StartsWith(list + ":", StringComparison.OrdinalIgnoreCase))
            return false;
        var rest = key[(list.Length + 1)..].Split(':');
        return rest.Length == 2 && int.TryParse(rest[0], NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && fields.Contains(rest[1], StringComparer.OrdinalIgnoreCase);
    }

    private static bool Valid(Kind kind, string value) => kind switch
    {
        Kind.Bool => bool.TryParse(value, out _),
        Kind.Int => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        Kind.UInt => uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        Kind.Port => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535,
        Kind.ApprovalMode => Enum.GetNames<Session.Approval.ClientApprovalMode>().Contains(value, StringComparer.OrdinalIgnoreCase),
        _ => true,
    };

    private static string Describe(Kind kind) => kind switch
    {
        Kind.Bool => "true or false",
        Kind.Int => "a whole number",
        Kind.UInt => "a whole number, 0 or more",
        Kind.Port => "a port number (0–65535)",
        Kind.TextList => "a list of strings",
        Kind.ApprovalMode => "off, new or always",
        _ => "a string",
    };
}
