using System.Text.Json;
using ButtplugHost.Sdk.Plugins;
using ButtplugHost.Tests.Infrastructure;

namespace ButtplugHost.Tests.Plugins;

/// <summary>Every built-in plugin folder carries a manifest that tells the truth about its SDK.</summary>
public sealed class BuiltInManifestTests
{
    [Fact]
    public void Every_built_in_plugin_declares_the_SDK_it_is_built_against()
    {
        var folders = Directory.GetDirectories(RepoPaths.BuiltInPlugins);
        Assert.True(folders.Length >= 15, $"expected the built-in plugins in {RepoPaths.BuiltInPlugins}");
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, "plugin.json");
            Assert.True(File.Exists(path), $"{folder} has no plugin.json");
            using var manifest = JsonDocument.Parse(File.ReadAllText(path));
            Assert.Equal(SdkVersion.Current.ToString(2), manifest.RootElement.GetProperty("sdkVersion").GetString());
            Assert.False(string.IsNullOrWhiteSpace(manifest.RootElement.GetProperty("id").GetString()));
        }
    }
}
