using System.Reflection;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Testing.Scenarios;
using Microsoft.Extensions.Time.Testing;

namespace ButtplugHost.SharedTests;

/// <summary>
/// Plays every scenario file in the test project's <c>scenarios/</c> folder against the protocols of
/// the plugin under test (the assembly named like the test assembly without <c>.Tests</c>; failing
/// that, the plugins the test assembly references or holds), on a fake clock. Directory.Build.targets compiles this one
/// file into every test project that has a <c>scenarios/</c> folder; there is no per-plugin copy.
/// </summary>
public sealed class ScenarioFileTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "scenarios");

    /// <summary>The scenario files, relative to the folder (one test case each).</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in ScenarioFile.Find(Folder))
            data.Add(Path.GetRelativePath(Folder, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Plays(string file)
    {
        var clock = new FakeTimeProvider();
        var protocols = PluginAssemblies().SelectMany(a => ScenarioProtocols.FromAssembly(a, clock)).ToList();
        var player = new ScenarioPlayer(protocols) { Time = clock, Advance = clock.Advance };
        await player.PlayFileAsync(Path.Combine(Folder, file));
    }

    private static List<Assembly> PluginAssemblies()
    {
        var tests = typeof(ScenarioFileTests).Assembly;
        var name = tests.GetName().Name!;
        if (name.EndsWith(".Tests", StringComparison.Ordinal))
        {
            var own = new AssemblyName(name[..^".Tests".Length]);
            if (File.Exists(Path.Combine(AppContext.BaseDirectory, own.Name + ".dll")) && HasPlugins(Assembly.Load(own)))
                return [Assembly.Load(own)];
        }
        return [.. tests.GetReferencedAssemblies().Select(Assembly.Load).Append(tests).Where(HasPlugins)];
    }

    private static bool HasPlugins(Assembly assembly) =>
        assembly.GetExportedTypes().Any(t => typeof(IButtplugPlugin).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false });
}
