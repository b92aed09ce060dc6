namespace ButtplugHost.Plugins.DeviceWebSocket;

/// <summary>The configuration section <c>DeviceWebSocket</c>.</summary>
public sealed class DeviceWebSocketOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "DeviceWebSocket";

    /// <summary>Whether to listen for network devices at all. Off by default, as in the reference.</summary>
    public bool Enabled { get; set; }

    /// <summary>TCP port to listen on (the reference's default is 54817; 0 picks a free port).</summary>
    public int Port { get; set; } = 54817;

    /// <summary>Address to listen on: an IP address, <c>localhost</c>, or <c>*</c> / <c>0.0.0.0</c> for all interfaces.</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>How long a new connection may take to upgrade and send its info packet before it is dropped.</summary>
    public int IdentifyTimeoutMs { get; set; } = 5000;

    /// <summary>
    /// Seconds between pings to a device; a device that has not answered by the next one is dropped
    /// (the reference pings every 10 s). 0 turns pings off.
    /// </summary>
    public int KeepAliveSeconds { get; set; } = 10;

    /// <summary>The largest message a device may send, in bytes; larger ones close the connection.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Web origins allowed on this port besides loopback pages, added to <c>Server:AllowedOrigins</c>; <c>*</c> = any.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Host names accepted on this port besides loopback names, added to <c>Server:AllowedHosts</c>; <c>*</c> = any.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>A device whose identifier no protocol claims is closed after this long (0 = never), instead of holding its socket forever.</summary>
    public int UnclaimedTimeoutMs { get; set; } = 10_000;
}
