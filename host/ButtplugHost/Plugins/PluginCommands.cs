using ButtplugHost.Sdk.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace ButtplugHost.Plugins;

/// <summary>
/// The one-shot commands --list-plugins and --validate-plugin. Both print to standard output and
/// exit 0 when everything is fine, 1 when a plugin folder was skipped or is invalid.
/// </summary>
internal static class PluginCommands
{
    public static int List(IServiceProvider services)
    {
        var catalog = services.GetRequiredService<PluginCatalog>();
        var skipped = catalog.LoadAll();
        Console.WriteLine($"Plugin directories: {string.Join(", ", catalog.Directories)}");
        foreach (var plugin in catalog.Plugins.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            Console.WriteLine($"{plugin.Id} {plugin.Version} ({plugin.Kind}, SDK {plugin.SdkVersion}) — {plugin.Folder}");
            if (plugin.Description is { Length: > 0 } description)
                Console.WriteLine($"  {description}");
            foreach (var transport in plugin.Transports)
                Console.WriteLine($"  transport {transport.Name}");
            foreach (var protocol in plugin.Protocols)
            {
                var models = protocol.Definition.Configurations.Select(c => c.Name).Where(n => n is not null).ToList();
                Console.WriteLine($"  protocol {protocol.Name}: {protocol.Definition.Defaults.Name ?? protocol.Name}" +
                    (models.Count > 0 ? $"; {models.Count} model{(models.Count == 1 ? "" : "s")}: {string.Join(", ", models)}" : "") +
                    $"; found by {string.Join(", ", protocol.Definition.Communication.Select(DescribeSpecifier))}");
            }
        }
        foreach (var (folder, reason) in skipped)
            Console.WriteLine($"SKIPPED {folder}: {reason}");
        Console.WriteLine($"{catalog.Plugins.Count} plugin(s) loaded, {skipped.Count} skipped");
        return skipped.Count == 0 ? 0 : 1;
    }

    public static int Validate(IServiceProvider services, string folder)
    {
        if (!Directory.Exists(folder))
        {
            Console.WriteLine($"INVALID {folder}: the folder does not exist");
            return 1;
        }
        var loader = services.GetRequiredService<PluginFolderLoader>();
        PluginManifest? manifest;
        LoadedPlugin plugin;
        try
        {
            manifest = PluginManifest.TryRead(folder);
            // Loaded on its own, in its own load context, exactly as the host would load it.
            plugin = loader.Load(folder);
        }
        catch (Exception e)
        {
            Console.WriteLine($"INVALID {folder}: {(e is PluginLoadException ? e.Message : $"{e.GetType().Name}: {e.Message}")}");
            return 1;
        }
        try
        {
            var report = PluginValidation.Check(plugin, manifest);
            foreach (var warning in report.Warnings)
                Console.WriteLine($"warning: {warning}");
            foreach (var problem in report.Problems)
                Console.WriteLine($"problem: {problem}");
            Console.WriteLine(report.Problems.Count == 0
                ? $"OK {plugin.Id} {plugin.Version} ({plugin.Kind}, SDK {plugin.SdkVersion}): {plugin.Transports.Count} transport(s), {plugin.Protocols.Count} protocol(s)"
                : $"INVALID {plugin.Id}: {report.Problems.Count} problem(s)");
            return report.Problems.Count == 0 ? 0 : 1;
        }
        finally
        {
            plugin.Loader.Dispose();
        }
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
