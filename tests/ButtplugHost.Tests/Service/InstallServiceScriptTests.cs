using System.Diagnostics;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Service;

/// <summary>
/// scripts/install-service.sh, installing the already-built server (artifacts/host) below a temporary
/// root: where each file goes, what an upgrade keeps, what --dry-run lists, that systemd accepts the
/// unit, and that the installed server starts with the installed settings.
/// </summary>
public sealed class InstallServiceScriptTests
{
    private static string Script => Path.Combine(RepoPaths.Root, "scripts", "install-service.sh");

    private static string HostDir => Path.GetDirectoryName(RepoPaths.HostDll)!;

    [Fact]
    public async Task Installs_server_plugins_unit_and_settings_below_the_root()
    {
        using var root = new TempDir();
        var (code, output) = await RunAsync("--root", root.Path, "--from", HostDir);
        Assert.True(code == 0, output);

        var prefix = Path.Combine(root.Path, "opt", "buttplughost");
        Assert.True(File.Exists(Path.Combine(prefix, "ButtplugHost.dll")));
        foreach (var plugin in Directory.GetDirectories(RepoPaths.BuiltInPlugins))
            Assert.True(Directory.Exists(Path.Combine(prefix, "plugins", Path.GetFileName(plugin))), plugin);
        Assert.True(Directory.Exists(Path.Combine(root.Path, "var", "lib", "buttplughost", "plugins")));

        var unit = await File.ReadAllTextAsync(Path.Combine(root.Path, "etc", "systemd", "system", "buttplughost.service"));
        Assert.DoesNotContain("@", unit);
        Assert.Contains("ExecStart=", unit);
        Assert.Contains("/opt/buttplughost/ButtplugHost.dll --config /etc/buttplughost/buttplughost.json", unit);
        Assert.Contains("Type=notify", unit);
        Assert.Contains("User=buttplughost", unit);
        Assert.Contains("After=bluetooth.target", unit);
        Assert.Contains("Wants=bluetooth.target", unit);

        var settings = Path.Combine(root.Path, "etc", "buttplughost", "buttplughost.json");
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "packaging", "buttplughost.json")), await File.ReadAllTextAsync(settings));
    }

    [Fact]
    public async Task An_upgrade_keeps_settings_and_added_plugins_and_replaces_built_in_ones()
    {
        using var root = new TempDir();
        Assert.Equal(0, (await RunAsync("--root", root.Path, "--from", HostDir)).ExitCode);
        var settings = Path.Combine(root.Path, "etc", "buttplughost", "buttplughost.json");
        await File.WriteAllTextAsync(settings, """{ "Server": { "WebSocketPort": 23456 } }""");
        var plugins = Path.Combine(root.Path, "opt", "buttplughost", "plugins");
        var added = Directory.CreateDirectory(Path.Combine(plugins, "SomeonesPlugin")).FullName;
        await File.WriteAllTextAsync(Path.Combine(added, "plugin.json"), "{}");
        var builtIn = Path.Combine(plugins, Path.GetFileName(Directory.GetDirectories(RepoPaths.BuiltInPlugins)[0]));
        var stale = Path.Combine(builtIn, "left-from-the-old-version.dll");
        await File.WriteAllTextAsync(stale, "old");

        var (code, output) = await RunAsync("--root", root.Path, "--from", HostDir);

        Assert.True(code == 0, output);
        Assert.Contains("Kept", output);
        Assert.Equal("""{ "Server": { "WebSocketPort": 23456 } }""", await File.ReadAllTextAsync(settings));
        Assert.True(File.Exists(Path.Combine(added, "plugin.json")));
        Assert.False(File.Exists(stale));
        Assert.True(Directory.EnumerateFiles(builtIn).Any());
    }

    [Fact]
    public async Task Dry_run_lists_every_file_and_writes_nothing()
    {
        using var root = new TempDir();
        var (code, output) = await RunAsync("--dry-run", "--root", root.Path, "--from", HostDir);

        Assert.True(code == 0, output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(root.Path));
        var expected = Directory.GetFiles(HostDir, "*", SearchOption.AllDirectories).Length + 2; // + unit + settings
        Assert.Equal(expected, output.Split('\n').Count(l => l.StartsWith("write ", StringComparison.Ordinal)));
        Assert.Contains($"write {root.Path}/etc/systemd/system/buttplughost.service", output);
        Assert.Contains($"write {root.Path}/opt/buttplughost/ButtplugHost.dll", output);
    }

    [Fact]
    public async Task Systemd_accepts_the_installed_unit()
    {
        using var root = new TempDir();
        Assert.Equal(0, (await RunAsync("--root", root.Path, "--from", HostDir)).ExitCode);
        var unit = Path.Combine(root.Path, "etc", "systemd", "system", "buttplughost.service");

        // systemd-analyze prints a line per problem and still exits 0 for most of them.
        var (code, output) = await RunProcessAsync("systemd-analyze", "verify", unit);

        Assert.True(code == 0 && output.Trim().Length == 0, output);
    }

    [Fact]
    public async Task The_installed_server_starts_with_the_installed_settings()
    {
        using var root = new TempDir();
        Assert.Equal(0, (await RunAsync("--root", root.Path, "--from", HostDir)).ExitCode);
        var settings = Path.Combine(root.Path, "etc", "buttplughost", "buttplughost.json");

        await using var server = await HostProcess.StartDllAsync(
            Path.Combine(root.Path, "opt", "buttplughost", "ButtplugHost.dll"), "--config", settings, "--websocket-port", "0", "--dashboard-port", "0");

        Assert.Contains("127.0.0.1", server.Url);
        Assert.DoesNotContain(server.Log, l => l.Contains("failed to load", StringComparison.OrdinalIgnoreCase));
    }

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] args) => RunProcessAsync("bash", [Script, .. args]);

    private static async Task<(int ExitCode, string Output)> RunProcessAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout + await stderr);
    }
}
