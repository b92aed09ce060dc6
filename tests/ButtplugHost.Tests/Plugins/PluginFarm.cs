using System.Globalization;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Plugins;

/// <summary>
/// Many distinct protocol plugins from one build: copies of the Generated test plugin, copy N with id
/// <c>generated-NNN</c>, protocol <c>generated-NNN</c> and devices named <c>GEN-NNN</c>.
/// </summary>
internal static class PluginFarm
{
    public static string GeneratedBuild => Path.Combine(RepoPaths.Root, "artifacts", "test-plugins-extra", "Generated");

    public const string AssemblyName = "ButtplugHost.TestPlugins.Generated";

    public static string Id(int n) => "generated-" + n.ToString("000", CultureInfo.InvariantCulture);

    public static string DeviceName(int n) => "GEN-" + n.ToString("000", CultureInfo.InvariantCulture);

    /// <summary>Installs copies 1..<paramref name="count"/> into <paramref name="directory"/>.</summary>
    public static void Install(string directory, int count)
    {
        for (var n = 1; n <= count; n++)
            InstallOne(directory, n);
    }

    /// <summary>Installs copy <paramref name="n"/> (devices named <paramref name="deviceName"/>, by default GEN-NNN).</summary>
    public static string InstallOne(string directory, int n, string? deviceName = null)
    {
        var folder = Path.Combine(directory, Id(n));
        PluginTestKit.CopyFolder(GeneratedBuild, folder);
        Rewrite(folder, n, deviceName ?? DeviceName(n));
        return folder;
    }

    /// <summary>Rewrites a copy's plugin.json and devices.json for copy <paramref name="n"/> and devices named <paramref name="deviceName"/>.</summary>
    public static void Rewrite(string folder, int n, string deviceName)
    {
        var number = n.ToString("000", CultureInfo.InvariantCulture);
        foreach (var file in new[] { "plugin.json", "devices.json" })
        {
            var path = Path.Combine(folder, file);
            var text = File.ReadAllText(Path.Combine(GeneratedBuild, file))
                .Replace("GEN-000", deviceName, StringComparison.Ordinal)
                .Replace("generated-000", "generated-" + number, StringComparison.Ordinal)
                .Replace("Vibrator 000", "Vibrator " + number, StringComparison.Ordinal);
            File.WriteAllText(path, text);
        }
    }
}
