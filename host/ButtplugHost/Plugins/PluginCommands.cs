using ButtplugHost.Sdk.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace ButtplugHost.Plugins;

/// <summary>The one-shot commands --list-plugins and --validate-plugin.</summary>
internal static class PluginCommands
{
    public static int List(IServiceProvider services)
    {
        var catalog = services.GetRequiredService<PluginCatalog>();
        catalog.LoadAll();
        foreach (var plugin in catalog.Plugins.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            Console.WriteLine($"{plugin.Id} {plugin.Version} ({plugin.Kind}, SDK {plugin.SdkVersion}) — {plugin.Folder}");
            foreach (var transport in plugin.Transports)
                Console.WriteLine($"  transport {transport.Name}");
            foreach (var protocol in plugin.Protocols)
            {
                var models = protocol.Definition.Configurations.Select(c => c.Name).Where(n => n is not null).ToList();
                Console.WriteLine($"  protocol {protocol.Name}: {protocol.Definition.Defaults.Name ?? protocol.Name}" +
                    (models.Count > 0 ? $"; models: {string.Join(", ", models)}" : ""));
            }
        }
        return 0;
    }

    public static int Validate(IServiceProvider services, string folder)
    {
        var loader = services.GetRequiredService<PluginFolderLoader>();
        var problems = new List<string>();
        LoadedPlugin plugin;
        try
        {
            plugin = loader.Load(folder);
        }
        catch (PluginLoadException e)
        {
            Console.Error.WriteLine($"INVALID {folder}: {e.Message}");
            return 1;
        }
        try
        {
            if (plugin.Transports.Count == 0 && plugin.Protocols.Count == 0)
                problems.Add("the plugin registers no transport and no protocol");
            foreach (var protocol in plugin.Protocols)
                problems.AddRange(DefinitionChecks.Check(protocol.Definition).Select(p => $"protocol {protocol.Name}: {p}"));
            foreach (var problem in problems)
                Console.Error.WriteLine($"problem: {problem}");
            Console.WriteLine(problems.Count == 0
                ? $"OK {plugin.Id} {plugin.Version} ({plugin.Kind}, SDK {plugin.SdkVersion}): {plugin.Transports.Count} transport(s), {plugin.Protocols.Count} protocol(s)"
                : $"INVALID {plugin.Id}: {problems.Count} problem(s)");
            return problems.Count == 0 ? 0 : 1;
        }
        finally
        {
            plugin.Loader.Dispose();
        }
    }
}
