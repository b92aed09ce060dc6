using ButtplugHost.Sdk.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace ButtplugHost.Plugins;

/// <summary>
/// The one-shot commands --list-plugins and --validate-plugin. Both read data only (manifests,
/// device definitions, assembly metadata): no plugin is loaded and no plugin code runs. They print to
/// standard output and exit 0 when everything is fine, 1 when a plugin folder was skipped or is invalid.
/// </summary>
internal static class PluginCommands
{
    public static int List(IServiceProvider services)
    {
        var catalog = services.GetRequiredService<PluginCatalog>();
        Console.WriteLine($"Plugin directories: {string.Join(", ", catalog.Directories)}");
        var (plugins, skipped) = Inspect(catalog);
        foreach (var plugin in plugins.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            Console.WriteLine($"{plugin.Id} {plugin.Version} ({plugin.Kind}, SDK {plugin.Sdk}) — {plugin.Data.Folder}");
            if (plugin.Data.Manifest?.Description is { Length: > 0 } description)
                Console.WriteLine($"  {description}");
            Console.WriteLine($"  {When(catalog, plugin)}");
            foreach (var protocol in plugin.Data.Definitions ?? [])
            {
                var models = protocol.Configurations.Select(c => c.Name).Where(n => n is not null).ToList();
                Console.WriteLine($"  protocol {protocol.Name}: {protocol.Defaults.Name ?? protocol.Name}" +
                    (models.Count > 0 ? $"; {models.Count} model{(models.Count == 1 ? "" : "s")}: {string.Join(", ", models)}" : "") +
                    $"; found by {string.Join(", ", protocol.Communication.Select(DescribeSpecifier))}");
            }
        }
        foreach (var (folder, reason) in skipped)
            Console.WriteLine($"SKIPPED {folder}: {reason}");
        Console.WriteLine($"{plugins.Count} plugin(s), {skipped.Count} skipped");
        return skipped.Count == 0 ? 0 : 1;
    }

    /// <summary>Every plugin folder of the catalog's directories, read as data; the folders that are not plugins, with the reason.</summary>
    public static (List<PluginInspection> Plugins, List<(string Folder, string Reason)> Skipped) Inspect(PluginCatalog catalog)
    {
        var plugins = new List<PluginInspection>();
        var skipped = new List<(string, string)>();
        foreach (var folder in catalog.Folders())
        {
            try
            {
                plugins.Add(PluginInspection.Of(folder));
            }
            catch (PluginLoadException e)
            {
                skipped.Add((folder, e.Message));
            }
        }
        return (plugins, skipped);
    }

    // When the server would load the plugin.
    private static string When(PluginCatalog catalog, PluginInspection plugin) =>
        plugin.Data.IsDeferrable && catalog.LoadOnDemand ? "loaded when a device needs it"
        : catalog.WhyOff(plugin.Data) is { } off ? $"not loaded: {off}"
        : "loaded at start";

    public static int Validate(string folder)
    {
        if (!Directory.Exists(folder))
        {
            Console.WriteLine($"INVALID {folder}: the folder does not exist");
            return 1;
        }
        PluginInspection plugin;
        try
        {
            plugin = PluginInspection.Of(folder);
        }
        catch (PluginLoadException e)
        {
            Console.WriteLine($"INVALID {folder}: {e.Message}");
            return 1;
        }
        var report = PluginValidation.Check(plugin);
        foreach (var warning in report.Warnings)
            Console.WriteLine($"warning: {warning}");
        foreach (var problem in report.Problems)
            Console.WriteLine($"problem: {problem}");
        var protocols = plugin.Data.Definitions?.Count ?? 0;
        var models = plugin.Data.Definitions?.Sum(d => d.Configurations.Count) ?? 0;
        Console.WriteLine(report.Problems.Count == 0
            ? $"OK {plugin.Id} {plugin.Version} ({plugin.Kind}, SDK {plugin.Sdk}): {protocols} protocol(s), {models} model(s) in {PluginData.DefinitionsFileName}"
            : $"INVALID {plugin.Id}: {report.Problems.Count} problem(s)");
        return report.Problems.Count == 0 ? 0 : 1;
    }

    private static string DescribeSpecifier(CommunicationSpecifier c) =>
        c.Btle is { } b ? "btle " + string.Join(" ", b.Names.Concat(b.ManufacturerData.Select(m => $"company:{m.Company}")).Concat(b.AdvertisedServices.Select(s => s.ToString())))
        : c.Serial is { } s ? $"serial {s.Port}@{s.BaudRate}"
        : c.Hid is { } h ? "hid " + string.Join(" ", h.Pairs.Select(p => $"{p.VendorId:x4}:{p.ProductId:x4}"))
        : c.Websocket is { } w ? $"websocket {w.Name}"
        : c.LovenseConnectService is not null ? "the Lovense Connect app"
        : c.Xinput is not null ? "XInput"
        : "nothing";
}
