using Microsoft.Extensions.DependencyInjection;

namespace ButtplugHost.Plugins;

/// <summary>
/// The one-shot command --list-devices [--format text|markdown]: the list goes to standard output
/// (so it can be redirected to docs/devices.md), folders that are not plugins to standard error.
/// Exits 0, or 1 when a folder was skipped.
/// </summary>
internal static class DeviceCommands
{
    public static int List(IServiceProvider services, string format)
    {
        var catalog = services.GetRequiredService<PluginCatalog>();
        var (plugins, skipped) = PluginCommands.Inspect(catalog);
        foreach (var (folder, reason) in skipped)
            Console.Error.WriteLine($"SKIPPED {folder}: {reason}");
        foreach (var plugin in plugins.Where(p => p.Data.Definitions is null && p.Kind is "protocol" or "mixed"))
            Console.Error.WriteLine($"NOT LISTED {plugin.Id}: it has no {PluginData.DefinitionsFileName} beside its assembly");
        var rows = DeviceList.Rows(plugins);
        Console.Out.Write(format == "markdown" ? DeviceList.Markdown(rows) : DeviceList.Text(rows));
        return skipped.Count == 0 ? 0 : 1;
    }
}
