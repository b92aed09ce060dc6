namespace ButtplugHost.Session;

/// <summary>The configuration section <c>Server</c>.</summary>
internal sealed class ServerOptions
{
    /// <summary>Name sent in ServerInfo.</summary>
    public string Name { get; set; } = "ButtplugHost";

    /// <summary>Address the client WebSocket listens on.</summary>
    public string WebSocketAddress { get; set; } = "127.0.0.1";

    /// <summary>Port the client WebSocket listens on (0: any free port).</summary>
    public int WebSocketPort { get; set; } = 12345;

    /// <summary>Port of the status page, /healthz and /metrics, on the client port's address (0: off).</summary>
    public int DashboardPort { get; set; } = 12346;

    /// <summary>Port of the REST API (the reference's <c>--rest-api-port</c>), on the client port's address (0: off).</summary>
    public int RestApiPort { get; set; }

    /// <summary>Milliseconds a client may go without a Ping; 0 turns the watchdog off.</summary>
    public uint MaxPingTime { get; set; }

    /// <summary>When set, the server connects out to a client listening here instead of listening itself.</summary>
    public string? WebSocketClientAddress { get; set; }

    /// <summary>How many clients may be connected at once (1: one at a time, as the reference server).</summary>
    public int MaxClients { get; set; } = 1;

    /// <summary>With several clients, who drives an output both write: <c>last-writer-wins</c> (default) or <c>first-holds</c>; a device's user config entry may say otherwise.</summary>
    public string? OutputOwnership { get; set; }

    /// <summary>Raw* messages can brick devices: off unless the user turns them on.</summary>
    public bool AllowRawMessages { get; set; }
}
