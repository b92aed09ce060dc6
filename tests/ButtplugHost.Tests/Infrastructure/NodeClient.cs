using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ButtplugHost.Tests.Infrastructure;

/// <summary>
/// Runs the official npm clients (buttplug@3.2.2 for spec v3, buttplug@5.0.2 for v4) through
/// tests/node/drive.mjs. Installs them with npm on first use if they are not there.
/// </summary>
public static class NodeClient
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>Runs a plan of steps; returns each printed JSON line. Fails the test on a step error.</summary>
    public static async Task<IReadOnlyList<JsonObject>> RunAsync(int clientMajor, string url, object[] plan, int timeoutMs = 60_000)
    {
        await EnsureInstalledAsync();
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.NodeClientDir };
        info.ArgumentList.Add("drive.mjs");
        info.ArgumentList.Add(clientMajor.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.ArgumentList.Add(url);
        info.ArgumentList.Add(JsonSerializer.Serialize(plan));
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMilliseconds(timeoutMs));
        }
        catch (TimeoutException)
        {
            process.Kill(true);
            throw;
        }
        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"buttplug@{clientMajor} client failed (exit {process.ExitCode}):\n{string.Join("\n", lines)}\n{await stderr}");
        return lines;
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(RepoPaths.NodeClientDir, "node_modules", "buttplug5")))
                return;
            var info = new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = RepoPaths.NodeClientDir, RedirectStandardOutput = true, RedirectStandardError = true };
            using var npm = Process.Start(info)!;
            var output = npm.StandardOutput.ReadToEndAsync();
            var error = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
            if (npm.ExitCode != 0)
                throw new InvalidOperationException("npm ci failed:\n" + await output + await error);
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>A plan step.</summary>
    public static object Step(string op, object? args = null)
    {
        var node = JsonSerializer.SerializeToNode(args ?? new { })!.AsObject();
        node["op"] = op;
        return node;
    }
}
