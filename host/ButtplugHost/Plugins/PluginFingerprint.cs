using System.Globalization;
using System.Text;

namespace ButtplugHost.Plugins;

/// <summary>
/// What a plugin folder's loadable content looks like (names, sizes and write times of its .dll and
/// .json files), to tell a real replacement from file-system noise such as a plugin writing a log.
/// </summary>
internal static class PluginFingerprint
{
    private static readonly string[] Relevant = [".dll", ".json", ".so", ".dylib"];

    /// <summary>The fingerprint of <paramref name="folder"/>; empty when it holds no relevant file.</summary>
    public static string Of(string folder)
    {
        var text = new StringBuilder();
        try
        {
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => Relevant.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var info = new FileInfo(file);
                text.Append(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(folder, file)}|{info.Length}|{info.LastWriteTimeUtc.Ticks}\n");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder is changing under us (a copy or delete in progress): say so, the watcher looks again.
            return "unreadable:" + e.Message;
        }
        return text.ToString();
    }
}
