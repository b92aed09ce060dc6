using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ButtplugHost.Cli;
using ButtplugHost.Devices;
using ButtplugHost.Devices.UserConfig;
using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Configuration;

/// <summary>
/// Checks made before any plugin loads, so that a mistake ends the start with one clear line and a
/// distinct exit code (<see cref="ExitCodes"/>) instead of a stack trace: configuration files exist
/// and are valid JSON, every host setting is known and of the right type, the device config file
/// parses, and the client port is free.
/// </summary>
internal static class StartupChecks
{
    private static readonly JsonDocumentOptions JsonOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <exception cref="StartupException">The first problem found.</exception>
    public static void Run(CommandLineResult cli, bool checkPort)
    {
        foreach (var file in cli.ConfigFiles)
        {
            CheckJsonFile(file, "Configuration file");
            CheckSettings(new ConfigurationBuilder().AddJsonFile(file, optional: false, reloadOnChange: false).Build(), file);
        }
        CheckSettings(new ConfigurationBuilder().AddEnvironmentVariables("BUTTPLUGHOST_").Build(), "environment (BUTTPLUGHOST_*)");
        CheckSettings(new ConfigurationBuilder().AddInMemoryCollection(cli.Settings).Build(), "command line");

        var effective = Effective(cli);
        if (effective["Server:DeviceConfigFile"] is { Length: > 0 } deviceConfig)
        {
            var text = ReadFile(deviceConfig, "Device config file");
            try
            {
                DeviceConfigFile.Parse(text);
            }
            catch (JsonException e)
            {
                throw new StartupException(ExitCodes.InvalidJson, "Device config file " + JsonFileErrors.Describe(Path.GetFullPath(deviceConfig), e));
            }
        }
        if (checkPort)
            CheckPort(effective["Server:WebSocketAddress"] ?? "127.0.0.1", effective.GetValue<int?>("Server:WebSocketPort") ?? 12345);
    }

    /// <summary>The one line shown when the client port is taken.</summary>
    public static string PortInUseMessage(int port) =>
        $"port {port} is in use — is another Buttplug server running? Use --websocket-port";

    private static IConfiguration Effective(CommandLineResult cli)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables("BUTTPLUGHOST_");
        foreach (var file in cli.ConfigFiles)
            builder.AddJsonFile(file, optional: false, reloadOnChange: false);
        return builder.AddInMemoryCollection(cli.Settings).Build();
    }

    private static string ReadFile(string path, string what)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new StartupException(ExitCodes.MissingFile, $"{what} {full} does not exist");
        try
        {
            return File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException(ExitCodes.MissingFile, $"{what} {full} cannot be read: {e.Message}");
        }
    }

    private static void CheckJsonFile(string path, string what)
    {
        var text = ReadFile(path, what);
        try
        {
            using var document = JsonDocument.Parse(text, JsonOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new StartupException(ExitCodes.InvalidJson, $"{what} {Path.GetFullPath(path)}: the top level must be a JSON object {{ … }}");
        }
        catch (JsonException e)
        {
            throw new StartupException(ExitCodes.InvalidJson, $"{what} {JsonFileErrors.Describe(Path.GetFullPath(path), e)}");
        }
    }

    private static void CheckSettings(IConfiguration configuration, string source)
    {
        foreach (var (key, value) in configuration.AsEnumerable().OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // Sections (value null) are checked through their keys.
            if (value is null && configuration.GetSection(key).GetChildren().Any())
                continue;
            if (SettingsSchema.Check(key, value) is { } problem)
                throw new StartupException(problem.ExitCode, $"{source}: {problem.Message}");
        }
    }

    private static void CheckPort(string address, int port)
    {
        if (port == 0 || !IPAddress.TryParse(address, out var ip))
            return;
        try
        {
            using var socket = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(ip, port));
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new StartupException(ExitCodes.PortInUse, PortInUseMessage(port));
        }
        catch (SocketException)
        {
            // Another reason (an address this machine does not have): Kestrel reports it.
        }
    }
}
