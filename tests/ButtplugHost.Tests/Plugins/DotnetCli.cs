using System.Collections;
using System.Diagnostics;

namespace ButtplugHost.Tests.Plugins;

/// <summary>
/// Runs the dotnet CLI as an author would, in an environment of its own: a private CLI home (so the
/// machine's template list is untouched), a private NuGet package folder, no MSBuild settings leaking
/// in from the test run, and no build nodes left behind.
/// </summary>
internal sealed class DotnetCli(string home, string packages)
{
    public async Task<string> RunAsync(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
            info.ArgumentList.Add(a);
        foreach (var key in Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || key.StartsWith("DOTNET_HOST", StringComparison.OrdinalIgnoreCase))
                info.Environment.Remove(key);
        }
        info.Environment["DOTNET_CLI_HOME"] = home;
        info.Environment["NUGET_PACKAGES"] = packages;
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        var text = await output + await error;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed (exit {process.ExitCode}):\n{text}");
        return text;
    }

    /// <summary>The machine's NuGet package folders, as offline package sources.</summary>
    public static IEnumerable<string> OfflineSources()
    {
        var machine = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return new[] { machine, "/opt/nuget/packages" }.Where(Directory.Exists);
    }

    /// <summary>A NuGet.config that clears every configured source and lists only <paramref name="sources"/>.</summary>
    public static string OfflineNuGetConfig(IEnumerable<string> sources) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n" +
        string.Concat(sources.Select((s, i) => $"    <add key=\"offline{i}\" value=\"{s}\" />\n")) +
        "  </packageSources>\n</configuration>\n";
}
