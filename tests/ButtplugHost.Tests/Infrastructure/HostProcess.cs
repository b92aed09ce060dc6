using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ButtplugHost.Tests.Infrastructure;

/// <summary>
/// The real server, started as its own process on a free loopback port with the given arguments,
/// and its log. Killed on dispose if it is still running.
/// </summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _log = [];
    private readonly TaskCompletionSource<string> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly Stopwatch _sinceLaunch = new();

    private HostProcess(Process process)
    {
        _process = process;
    }

    public string Url => _url.Task.Result;

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public IReadOnlyList<string> Log { get { lock (_log) return [.. _log]; } }

    public string LogText => string.Join("\n", Log);

    /// <summary>Time from starting the process to its "listening on" line (valid once started).</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>Starts the server with the built-in and test plugins and <paramref name="args"/>.</summary>
    public static Task<HostProcess> StartAsync(params string[] args) =>
        StartWithPluginsAsync([RepoPaths.BuiltInPlugins, RepoPaths.TestPlugins], args);

    /// <summary>Starts the server with exactly the given plugin directories and <paramref name="args"/>.</summary>
    public static Task<HostProcess> StartWithPluginsAsync(IEnumerable<string> pluginDirs, params string[] args) =>
        StartListeningAsync(ServerArgs(pluginDirs, args));

    // No status page unless a test asks for one (--dashboard-port later on the line wins).
    private static List<string> ServerArgs(IEnumerable<string> pluginDirs, string[] args)
    {
        var all = new List<string> { RepoPaths.HostDll, "--websocket-port", "0", "--dashboard-port", "0" };
        foreach (var dir in pluginDirs)
            all.AddRange(["--plugins-dir", dir]);
        all.AddRange(args);
        return all;
    }

    /// <summary>Starts another copy of the server (<paramref name="dll"/>) exactly with <paramref name="args"/>.</summary>
    public static Task<HostProcess> StartDllAsync(string dll, params string[] args) => StartListeningAsync([dll, .. args]);

    /// <summary>
    /// Like <see cref="StartAsync"/>, but the server starts with SIGHUP ignored, as under <c>nohup</c>.
    /// </summary>
    public static Task<HostProcess> StartIgnoringHangupAsync(params string[] args) =>
        StartListeningAsync(ServerArgs([RepoPaths.BuiltInPlugins, RepoPaths.TestPlugins], args), ignoreHangup: true);

    private static async Task<HostProcess> StartListeningAsync(IEnumerable<string> all, bool ignoreHangup = false)
    {
        var host = Launch(all, ignoreHangup);
        var winner = await Task.WhenAny(host._url.Task, Task.Delay(TimeSpan.FromSeconds(30)), host._process.WaitForExitAsync());
        if (winner != host._url.Task)
        {
            var log = host.LogText;
            await host.DisposeAsync();
            throw new InvalidOperationException("The server did not start listening:\n" + log);
        }
        return host;
    }

    /// <summary>Runs the server executable to completion (for --help, --list-plugins, …).</summary>
    public static async Task<(int ExitCode, string Output)> RunToEndAsync(params string[] args)
    {
        var host = Launch([RepoPaths.HostDll, .. args]);
        await host._process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        host._process.WaitForExit(); // flush the output readers
        return (host._process.ExitCode, host.LogText);
    }

    private static HostProcess Launch(IEnumerable<string> args, bool ignoreHangup = false)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (File.Exists("/usr/bin/env"))
        {
            // A child inherits ignored signals, and the runtime leaves an ignored SIGHUP ignored (nohup
            // semantics). The test run itself may have been started under nohup: give the server the
            // default handling, unless the test asks for nohup's. env execs, so the process id stays.
            info.FileName = "/usr/bin/env";
            info.ArgumentList.Add(ignoreHangup ? "--ignore-signal=HUP" : "--default-signal=HUP,INT,QUIT,TERM");
            info.ArgumentList.Add("dotnet");
        }
        foreach (var a in args)
            info.ArgumentList.Add(a);
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var host = new HostProcess(process);
        process.OutputDataReceived += (_, e) => host.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => host.OnLine(e.Data);
        host._sinceLaunch.Start();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    private void OnLine(string? line)
    {
        if (line is null)
            return;
        lock (_log)
            _log.Add(line);
        if (UrlPattern().Match(line) is { Success: true } m && !_url.Task.IsCompleted)
        {
            StartupTime = _sinceLaunch.Elapsed;
            _url.TrySetResult(m.Value);
        }
    }

    /// <summary>Waits until a log line contains <paramref name="text"/>.</summary>
    public async Task WaitForLogAsync(string text, int timeoutMs = 10_000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < until)
        {
            if (Log.Any(l => l.Contains(text, StringComparison.Ordinal)))
                return;
            await Task.Delay(20);
        }
        throw new TimeoutException($"No log line with '{text}' within {timeoutMs} ms. Log:\n{LogText}");
    }

    /// <summary>Sends a signal (SIGTERM by default) and waits for the process to exit.</summary>
    public async Task StopAsync(int signal = Signals.SIGTERM)
    {
        Signals.Kill(_process.Id, signal);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"wss?://127\.0\.0\.1:\d+")]
    private static partial Regex UrlPattern();
}
