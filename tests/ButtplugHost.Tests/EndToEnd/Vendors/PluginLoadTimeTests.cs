using ButtplugHost.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ButtplugHost.Tests.EndToEnd.Vendors;

/// <summary>
/// Loading every built-in plugin must not make start-up slow (the goal is under 1 s extra). Measured,
/// not asserted tightly: the machine is shared, so only a loose bound is checked and the figures printed.
/// </summary>
[Collection(StartUpTiming.Name)]
public sealed class PluginLoadTimeTests(ITestOutputHelper output)
{
    private const int Repetitions = 5;

    [Fact]
    public async Task Start_up_with_all_built_in_plugins_is_not_much_slower_than_with_none()
    {
        using var empty = new TempDir();
        var builtIn = new List<double>();
        var none = new List<double>();
        // One unmeasured start of each warms the disk cache; then alternate, so a busy spell on the
        // machine hits both sides alike.
        await StartUpAsync(empty.Path);
        await StartUpAsync(RepoPaths.BuiltInPlugins);
        var plugins = Directory.GetDirectories(RepoPaths.BuiltInPlugins).Length;
        for (var i = 0; i < Repetitions; i++)
        {
            var (emptyMs, noneLoaded) = await StartUpAsync(empty.Path);
            Assert.Equal(0, noneLoaded);
            none.Add(emptyMs);
            var (builtInMs, loaded) = await StartUpAsync(RepoPaths.BuiltInPlugins);
            // Every built-in plugin folder must be installed (loaded or indexed), or the comparison means nothing.
            Assert.Equal(plugins, loaded);
            builtIn.Add(builtInMs);
        }
        output.WriteLine($"Start-up to \"listening on\", median of {Repetitions}:");
        output.WriteLine($"  no plugins:              {Median(none):0} ms  ({string.Join(", ", none.Select(x => x.ToString("0")))})");
        output.WriteLine($"  {plugins} built-in plugins:     {Median(builtIn):0} ms  ({string.Join(", ", builtIn.Select(x => x.ToString("0")))})");
        output.WriteLine($"  extra for the plugins:   {Median(builtIn) - Median(none):0} ms");
        Assert.True(Median(builtIn) - Median(none) < 3000, $"Loading the built-in plugins added {Median(builtIn) - Median(none):0} ms.");
    }

    /// <summary>Starts the server with one plugin directory: time to "listening on", plugins installed.</summary>
    private static async Task<(double Ms, int Installed)> StartUpAsync(string pluginsDir)
    {
        // One summary line: "N plugins installed: ..." (protocol plugins are indexed, loaded when a device needs them).
        await using var host = await HostProcess.StartWithPluginsAsync([pluginsDir]);
        // The plugins are indexed and the transports loaded in the background, after the endpoint listens.
        await host.WaitForLogAsync("plugins installed", 30_000);
        var summary = host.Log.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"(\d+) plugins installed")).FirstOrDefault(m => m.Success);
        return (host.StartupTime.TotalMilliseconds, summary is null ? 0 : int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>Timings run alone: the other end-to-end tests would load the machine and blur them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StartUpTiming
{
    public const string Name = "Start-up timing";
}
