using System.Net.Sockets;
using System.Text;

namespace ButtplugHost.DBus;

/// <summary>Bus addresses: the well-known ones and parsing of <c>unix:</c> addresses.</summary>
public static class DBusAddress
{
    /// <summary>Where the system bus listens when <c>DBUS_SYSTEM_BUS_ADDRESS</c> is not set.</summary>
    public const string DefaultSystemBus = "unix:path=/run/dbus/system_bus_socket";

    /// <summary>The system bus address: <c>DBUS_SYSTEM_BUS_ADDRESS</c>, else <see cref="DefaultSystemBus"/>.</summary>
    public static string System =>
        Environment.GetEnvironmentVariable("DBUS_SYSTEM_BUS_ADDRESS") is { Length: > 0 } address ? address : DefaultSystemBus;

    /// <summary>The session bus address from <c>DBUS_SESSION_BUS_ADDRESS</c>, or null.</summary>
    public static string? Session =>
        Environment.GetEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS") is { Length: > 0 } address ? address : null;

    /// <summary>
    /// The socket endpoints of an address. Several addresses may be separated by <c>;</c>; each
    /// supported one (<c>unix:path=…</c> or <c>unix:abstract=…</c>) yields an endpoint, in order.
    /// </summary>
    /// <exception cref="FormatException">No supported address is present.</exception>
    public static IReadOnlyList<UnixDomainSocketEndPoint> ParseEndPoints(string address)
    {
        var endpoints = new List<UnixDomainSocketEndPoint>();
        foreach (var entry in address.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0 || entry[..colon] != "unix")
                continue;
            var keys = entry[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .Where(kv => kv.Length == 2)
                .ToDictionary(kv => kv[0], kv => Unescape(kv[1]));
            if (keys.TryGetValue("path", out var path))
                endpoints.Add(new UnixDomainSocketEndPoint(path));
            else if (keys.TryGetValue("abstract", out var name))
                endpoints.Add(new UnixDomainSocketEndPoint("\0" + name));
        }
        if (endpoints.Count == 0)
            throw new FormatException($"No supported D-Bus address (unix:path= or unix:abstract=) in '{address}'.");
        return endpoints;
    }

    /// <summary>Undoes the %XX escaping of address values.</summary>
    private static string Unescape(string value)
    {
        if (!value.Contains('%', StringComparison.Ordinal))
            return value;
        var bytes = new List<byte>();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length)
            {
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(value[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
