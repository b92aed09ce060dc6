using Microsoft.Extensions.Configuration;

namespace ButtplugHost.Plugins;

/// <summary>
/// Whether configuration turns a transport or mixed plugin on, decided from its data before any of its
/// code is loaded: it is on when one of its sections (<see cref="PluginManifest.EnabledBy"/>, else the
/// folder's name) has <c>Enabled: true</c>, or has no <c>Enabled</c> key and the manifest does not say
/// <c>"enabledByDefault": false</c>. Protocol plugins and folders without a kind are always on.
/// </summary>
internal static class PluginSwitch
{
    /// <summary>Why <paramref name="data"/>'s plugin is not loaded at start; null when it is.</summary>
    public static string? WhyOff(PluginData data, IConfiguration configuration)
    {
        if (data.Kind is not ("transport" or "mixed"))
            return null;
        var sections = Sections(data);
        var byDefault = data.Manifest?.EnabledByDefault ?? true;
        if (sections.Any(s => configuration.GetValue<bool?>($"{s}:Enabled") ?? byDefault))
            return null;
        var keys = string.Join(" and ", sections.Select(s => s + ":Enabled"));
        var verb = sections.Count == 1 ? "is" : "are";
        return sections.All(s => configuration.GetValue<bool?>($"{s}:Enabled") == false)
            ? $"{keys} {verb} false"
            : $"{keys} {verb} not true (the plugin is off unless turned on)";
    }

    /// <summary>The configuration sections that turn <paramref name="data"/>'s plugin on.</summary>
    public static IReadOnlyList<string> Sections(PluginData data) =>
        data.Manifest?.EnabledBy is { Count: > 0 } sections ? sections : [Path.GetFileName(data.Folder)];
}
