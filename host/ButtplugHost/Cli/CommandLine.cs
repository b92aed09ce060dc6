using System.Globalization;
using System.Text;

namespace ButtplugHost.Cli;

/// <summary>What the command line asked for.</summary>
/// <param name="Settings">Configuration keys set by flags (they override appsettings and environment).</param>
/// <param name="ConfigFiles">Extra JSON configuration files (--config), in order.</param>
/// <param name="Action">Run the server, or one of the one-shot commands.</param>
/// <param name="Argument">The argument of a one-shot command (e.g. the folder to validate).</param>
internal sealed record CommandLineResult(Dictionary<string, string?> Settings, List<string> ConfigFiles, CommandAction Action, string? Argument = null)
{
    /// <summary>One line per reference flag given that does nothing here, saying why (logged at start).</summary>
    public List<string> IgnoredFlags { get; init; } = [];

    /// <summary>Bus sections named by --use-* flags (checked against the installed transports at start).</summary>
    public List<string> RequestedBuses { get; init; } = [];

    /// <summary>The web origin named by --client-origin for --approve-client and its kin (null: native).</summary>
    public string? ClientOrigin { get; init; }
}

/// <summary>What the program does after parsing its arguments.</summary>
internal enum CommandAction
{
    Run,
    Help,
    Version,
    ListPlugins,
    ValidatePlugin,
    ListDevices,
    ApproveClient,
    DenyClient,
    ForgetClient,
}

/// <summary>
/// The command line. Flags that the reference server's CLI (intiface-engine) also has keep its names
/// and meanings, so launchers written for it keep working. Any configuration key can also be set as
/// <c>--Section:Key=value</c>.
/// </summary>
internal static class CommandLine
{
    private sealed record Flag(string Name, string? Value, string Help, Action<CommandLineParser, string?> Apply);

    // The buses a --use-* flag names. With none of them, every bus keeps its configured default.
    private static readonly string[] BusSections = [.. Configuration.StartupNotices.Buses.Select(b => b.Section)];

    private static readonly Flag[] Flags =
    [
        new("--help", null, "Show this help and exit.", (p, _) => p.Action = CommandAction.Help),
        new("--version", null, "Show the server version and exit.", (p, _) => p.Action = CommandAction.Version),
        new("--server-version", null, "Same as --version.", (p, _) => p.Action = CommandAction.Version),
        new("--websocket-port", "PORT", "Port of the client WebSocket (default 12345; 0 picks a free port).", (p, v) => p.Set("Server:WebSocketPort", Port(v))),
        new("--websocket-use-all-interfaces", null, "Listen on all network interfaces instead of 127.0.0.1 only.", (p, _) => p.Set("Server:WebSocketAddress", "0.0.0.0")),
        new("--websocket-client-address", "URL", "Do not listen: connect out to a client listening at URL (ws://host:port), again whenever it ends.", (p, v) => p.Set("Server:WebSocketClientAddress", v)),
        new("--dashboard-port", "PORT", "Port of the status page, /healthz and /metrics, on the client port's address (default 12346; 0 = off).", (p, v) => p.Set("Server:DashboardPort", Port(v))),
        new("--frontend-websocket-port", "PORT", "Ignored (logged): the Intiface Central GUI's channel.", (p, v) => p.Ignore($"--frontend-websocket-port {v} is ignored: it is the private channel of the Intiface Central GUI, which this server does not provide; status goes to the log")),
        new("--broadcast-server-mdns", null, "Advertise the server on the local network with mDNS (_intiface_engine._tcp).", (p, _) => p.Set("Mdns:Enabled", "true")),
        new("--mdns-suffix", "SUFFIX", "mDNS instance name suffix (\"Intiface SUFFIX\"; default random); only with --broadcast-server-mdns.", (p, v) => p.Set("Mdns:Suffix", v)),
        new("--repeater", null, "Ignored (logged): the reference's repeater mode.", (p, _) => p.Ignore("--repeater is ignored: repeater mode (relaying a local port to a remote server) is not part of this server")),
        new("--repeater-port", "PORT", "Ignored (logged): port of the reference's repeater mode.", (p, v) => p.Ignore($"--repeater-port {v} is ignored: repeater mode is not part of this server")),
        new("--rest-api-port", "PORT", "Serve the reference's REST API (http://127.0.0.1:PORT/api/v1, docs/rest-api.md) on the client port's address; it is the server's client while it runs (default off; 0 = off).", (p, v) => p.Set("Server:RestApiPort", Port(v))),
        new("--crash-main-thread", null, "Ignored (logged): a crash-reporting test switch of the reference's debug builds.", (p, _) => p.Ignore("--crash-main-thread is ignored: it is a crash-reporting test switch of the reference's debug builds")),
        new("--crash-task-thread", null, "Ignored (logged): a crash-reporting test switch of the reference's debug builds.", (p, _) => p.Ignore("--crash-task-thread is ignored: it is a crash-reporting test switch of the reference's debug builds")),
        new("--server-name", "NAME", "Name sent to clients in ServerInfo.", (p, v) => p.Set("Server:Name", v)),
        new("--max-clients", "N", "How many apps may be connected at once (default 1). Above 1 they share the devices: see docs/multiple-clients.md.", (p, v) => p.Set("Server:MaxClients", Count(v))),
        new("--max-ping-time", "MS", "Milliseconds a client may go without a Ping before its devices stop (0 = off).", (p, v) => p.Set("Server:MaxPingTime", UInt(v))),
        new("--scan-duration", "SECONDS", "End every client scan after SECONDS, so clients get ScanningFinished (default 0: scan until StopScanning).", (p, v) => p.Set("Server:ScanDurationSeconds", Seconds(v))),
        new("--no-reconnect", null, "Do not reconnect devices that dropped out by themselves; a client scan finds them again (per device: user_config.reconnect).", (p, _) => p.Set("Reconnect:Enabled", "false")),
        new("--log", "LEVEL", "Log level: trace, debug, info, warn, error.", (p, v) => p.Set("Logging:LogLevel:Default", LogLevel(v))),
        new("--allow-origin", "ORIGIN", "Let web pages from ORIGIN (https://app.example) connect; repeatable; * = any page. Loopback pages are always allowed.", (p, v) => p.Append("Server:AllowedOrigins", v)),
        new("--allow-host", "NAME", "Accept the Host name NAME besides loopback names (DNS-rebinding protection); repeatable; * = any.", (p, v) => p.Append("Server:AllowedHosts", v)),
        new("--auth-token", "TOKEN", "Clients must connect with ?token=TOKEN (required beyond loopback).", (p, v) => p.Set("Server:AuthToken", v)),
        new("--auth-token-file", "FILE", "Like --auth-token, with the token read from the first line of FILE.", (p, v) => p.Set("Server:AuthTokenFile", Path.GetFullPath(v!))),
        new("--websocket-cert", "FILE", "Serve wss:// with this certificate (PEM with its key, or .pfx/.p12).", (p, v) => p.Set("Server:TlsCertificateFile", Path.GetFullPath(v!))),
        new("--websocket-cert-key", "FILE", "The PEM private key of --websocket-cert, when it is a separate file.", (p, v) => p.Set("Server:TlsKeyFile", Path.GetFullPath(v!))),
        new("--client-approval", "MODE", "Ask the person before an app connects: off (default), new (apps not seen before), always. Answer on the status page.", (p, v) => p.Set("Server:ClientApproval", Approval(v))),
        new("--client-approval-timeout", "MS", "How long an app's handshake waits for an answer before it is refused (default 60000).", (p, v) => p.Set("Server:ClientApprovalTimeoutMs", UInt(v))),
        new("--client-approvals-file", "FILE", "Where approvals and denials are remembered (default: client-approvals.json beside the user device config).", (p, v) => p.Set("Server:ClientApprovalsFile", Path.GetFullPath(v!))),
        new("--approve-client", "NAME", "Remember the app NAME (its ClientName) as allowed in the approvals file, then exit; a running server applies it at once.", (p, v) => { p.Action = CommandAction.ApproveClient; p.Argument = v; }),
        new("--deny-client", "NAME", "Remember the app NAME as denied in the approvals file, then exit.", (p, v) => { p.Action = CommandAction.DenyClient; p.Argument = v; }),
        new("--forget-client", "NAME", "Revoke the remembered decision about the app NAME, then exit.", (p, v) => { p.Action = CommandAction.ForgetClient; p.Argument = v; }),
        new("--client-origin", "ORIGIN", "With --approve-client/--deny-client/--forget-client: the app's web origin (default native: no origin).", (p, v) => p.ClientOrigin = v),
        new("--allow-raw", null, "Allow Raw* messages (direct endpoint access; can brick devices).", (p, _) => p.Set("Server:AllowRawMessages", "true")),
        new("--use-bluetooth-le", null, "Use Bluetooth LE devices (BlueZ on Linux, WinRT on Windows).", (p, _) => p.UseBus("BluetoothLE")),
        new("--use-serial", null, "Use serial-port devices.", (p, _) => p.UseBus("Serial")),
        new("--use-device-websocket-server", null, "Accept devices that connect over WebSocket.", (p, _) => p.UseBus("DeviceWebSocket")),
        new("--use-hid", null, "Use HID devices (Linux hidraw, Windows HID): Vorze Cyclone X10, Nintendo Joy-Con.", (p, _) => p.UseBus("Hid")),
        new("--use-lovense-dongle-serial", null, "Use the Lovense USB dongle in serial mode (not available in this build: logged at start).", (p, _) => p.UseBus("LovenseDongleSerial")),
        new("--use-lovense-dongle-hid", null, "Use the Lovense USB dongle in HID mode; its toy is served by the Lovense plugin.", (p, _) => p.UseBus("LovenseDongleHid")),
        new("--use-xinput", null, "Use XInput gamepads (Windows only; elsewhere the log says so).", (p, _) => p.UseBus("XInput")),
        new("--use-lovense-connect", null, "Use toys paired with the Lovense Connect app (LovenseConnect:Hosts, or found through Lovense's discovery service).", (p, _) => p.UseBus("LovenseConnect")),
        new("--device-websocket-server-port", "PORT", "Port of the device WebSocket server (default 54817).", (p, v) => p.Set("DeviceWebSocket:Port", Port(v))),
        new("--user-device-config-file", "FILE", "User device config (reference v4 format): device names, allow/deny, indexes, output limits; extra specifiers and models. Written as devices connect.", (p, v) => p.Set("Server:UserDeviceConfigFile", Path.GetFullPath(v!))),
        new("--device-config-file", "FILE", "Device config (reference v4 JSON): extends or overrides installed protocols' models and identifiers.", (p, v) => p.Set("Server:DeviceConfigFile", Path.GetFullPath(v!))),
        new("--config", "FILE", "Add a JSON configuration file (e.g. simulated devices); later files win.", (p, v) => p.ConfigFiles.Add(Path.GetFullPath(v!))),
        new("--plugins-dir", "DIR", "Load plugins from DIR instead of the plugins folder beside the server.", (p, v) => p.AddPluginDirectory(v!)),
        new("--list-plugins", null, "List the installed plugins and the devices each supports (from their data, no plugin code runs), then exit.", (p, _) => p.Action = CommandAction.ListPlugins),
        new("--list-devices", null, "List every model the installed plugins' definitions name (protocol, plugin, bus, features), then exit.", (p, _) => p.Action = CommandAction.ListDevices),
        new("--format", "FORMAT", "Output of --list-devices: text (default) or markdown (docs/devices.md).", (p, v) => p.Format = Format(v)),
        new("--validate-plugin", "DIR", "Check a plugin folder from its data (manifest, SDK version, definitions; no code runs), then exit.", (p, v) => { p.Action = CommandAction.ValidatePlugin; p.Argument = Path.GetFullPath(v!); }),
    ];

    /// <exception cref="FormatException">An unknown flag or a bad value; the message says which.</exception>
    public static CommandLineResult Parse(IReadOnlyList<string> args)
    {
        var parser = new CommandLineParser();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal))
            {
                // --Section:Key=value (or --Section:Key value) sets any configuration key.
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                    parser.Set(arg[2..eq], arg[(eq + 1)..]);
                else if (i + 1 < args.Count)
                    parser.Set(arg[2..], args[++i]);
                else
                    throw new FormatException($"{arg} needs a value.");
                continue;
            }
            var (name, inline) = arg.IndexOf('=', StringComparison.Ordinal) is var at and > 0 ? (arg[..at], arg[(at + 1)..]) : (arg, null);
            var flag = Flags.FirstOrDefault(f => f.Name == name) ?? throw new FormatException($"Unknown option {arg}. See --help.");
            string? value = null;
            if (flag.Value is not null)
            {
                value = inline ?? (i + 1 < args.Count ? args[++i] : throw new FormatException($"{name} needs a value ({flag.Value})."));
            }
            else if (inline is not null)
            {
                throw new FormatException($"{name} takes no value.");
            }
            flag.Apply(parser, value);
        }
        if (parser.Format is not null)
        {
            if (parser.Action != CommandAction.ListDevices)
                throw new FormatException("--format goes with --list-devices.");
            parser.Argument = parser.Format;
        }
        if (parser.ClientOrigin is not null && parser.Action is not (CommandAction.ApproveClient or CommandAction.DenyClient or CommandAction.ForgetClient))
            throw new FormatException("--client-origin goes with --approve-client, --deny-client or --forget-client.");
        if (parser.UsedBuses.Count > 0)
        {
            foreach (var bus in BusSections)
                parser.Set($"{bus}:Enabled", parser.UsedBuses.Contains(bus) ? "true" : "false");
        }
        return new CommandLineResult(parser.Settings, parser.ConfigFiles, parser.Action, parser.Argument) { IgnoredFlags = parser.Ignored, RequestedBuses = [.. parser.UsedBuses], ClientOrigin = parser.ClientOrigin };
    }

    public static string Help()
    {
        var text = new StringBuilder();
        text.AppendLine("ButtplugHost: a Buttplug server for intimate hardware.");
        text.AppendLine();
        text.AppendLine("Usage: ButtplugHost [options]");
        text.AppendLine();
        text.AppendLine("Options:");
        foreach (var f in Flags)
        {
            var left = f.Value is null ? f.Name : $"{f.Name} {f.Value}";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {left,-36} {f.Help}");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"  {"--Section:Key=VALUE",-36} Set any configuration key (see docs/configuration.md).");
        text.AppendLine();
        text.AppendLine("Without any --use-* flag, every bus keeps its configured default (Bluetooth LE, serial, HID and");
        text.AppendLine("the Lovense HID dongle on; the device WebSocket server off). With one or more, exactly the buses named are used.");
        text.AppendLine("Configuration is read from appsettings.json beside the server, BUTTPLUGHOST_* environment");
        text.AppendLine("variables (BUTTPLUGHOST_Server__MaxPingTime=1000), --config files, then these flags.");
        return text.ToString();
    }

    private static string Port(string? v) =>
        int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535
            ? port.ToString(CultureInfo.InvariantCulture)
            : throw new FormatException($"'{v}' is not a port number (0–65535).");

    private static string UInt(string? v) =>
        uint.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n.ToString(CultureInfo.InvariantCulture)
            : throw new FormatException($"'{v}' is not a whole number of milliseconds.");

    private static string Count(string? v) =>
        int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1000
            ? n.ToString(CultureInfo.InvariantCulture)
            : throw new FormatException($"'{v}' is not a number of clients (1–1000).");

    private static string Seconds(string? v) =>
        double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 86400
            ? n.ToString(CultureInfo.InvariantCulture)
            : throw new FormatException($"'{v}' is not a number of seconds (0–86400).");

    private static string Format(string? v) => v?.ToLowerInvariant() switch
    {
        "text" => "text",
        "markdown" or "md" => "markdown",
        _ => throw new FormatException($"'{v}' is not a --list-devices format (text, markdown)."),
    };

    private static string Approval(string? v) => v?.ToLowerInvariant() switch
    {
        "off" => "Off",
        "new" => "New",
        "always" => "Always",
        _ => throw new FormatException($"'{v}' is not a client approval mode (off, new, always)."),
    };

    private static string LogLevel(string? v) => v?.ToLowerInvariant() switch
    {
        "trace" => "Trace",
        "debug" => "Debug",
        "info" or "information" => "Information",
        "warn" or "warning" => "Warning",
        "error" => "Error",
        "off" or "none" => "None",
        _ => throw new FormatException($"'{v}' is not a log level (trace, debug, info, warn, error, off)."),
    };

    private sealed class CommandLineParser
    {
        public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);
        public List<string> ConfigFiles { get; } = [];
        public HashSet<string> UsedBuses { get; } = [];
        public List<string> Ignored { get; } = [];
        public CommandAction Action { get; set; } = CommandAction.Run;
        public string? Argument { get; set; }
        public string? Format { get; set; }
        public string? ClientOrigin { get; set; }
        private int _pluginDirectories;

        public void Set(string key, string? value) => Settings[key] = value;

        public void UseBus(string section) => UsedBuses.Add(section);

        public void Ignore(string notice) => Ignored.Add(notice);

        // A repeatable flag: each use adds the next index of a configuration list.
        public void Append(string key, string? value)
        {
            var index = _listCounts.TryGetValue(key, out var n) ? n : 0;
            _listCounts[key] = index + 1;
            Settings[$"{key}:{index}"] = value;
        }

        private readonly Dictionary<string, int> _listCounts = [];

        public void AddPluginDirectory(string directory) =>
            Settings[$"Plugins:Directories:{_pluginDirectories++}"] = Path.GetFullPath(directory);
    }
}
