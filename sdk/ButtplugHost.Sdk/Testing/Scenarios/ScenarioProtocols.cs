using System.Reflection;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Sdk.Testing.Scenarios;

/// <summary>Finds the protocols a scenario player plays against: those a plugin registers.</summary>
public static class ScenarioProtocols
{
    /// <summary>The protocols <paramref name="plugin"/> registers, configured with <paramref name="time"/> as its clock.</summary>
    public static IReadOnlyList<IProtocol> FromPlugin(IButtplugPlugin plugin, TimeProvider? time = null)
    {
        var builder = new RecordingPluginBuilder(time ?? TimeProvider.System);
        plugin.Configure(builder);
        return builder.Protocols;
    }

    /// <summary>
    /// The protocols of every plugin in <paramref name="assembly"/> (public, non-abstract
    /// <see cref="IButtplugPlugin"/> types with a parameterless constructor).
    /// </summary>
    public static IReadOnlyList<IProtocol> FromAssembly(Assembly assembly, TimeProvider? time = null) =>
        [.. assembly.GetExportedTypes()
            .Where(t => typeof(IButtplugPlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => FromPlugin((IButtplugPlugin)Activator.CreateInstance(t)!, time))];
}
