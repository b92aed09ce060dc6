using ButtplugHost.Sdk.Plugins;

namespace ButtplugHost.Plugins;

/// <summary>What --validate-plugin found: problems make the plugin invalid, warnings do not.</summary>
internal sealed record ValidationReport(List<string> Problems, List<string> Warnings);

/// <summary>Checks of a loaded plugin beyond "it loads": manifest, registrations, device definitions.</summary>
internal static class PluginValidation
{
    private static readonly string[] Kinds = ["protocol", "transport", "mixed"];

    public static ValidationReport Check(LoadedPlugin plugin, PluginManifest? manifest)
    {
        var report = new ValidationReport([], []);
        CheckManifest(plugin, manifest, report);
        if (plugin.Transports.Count == 0 && plugin.Protocols.Count == 0)
            report.Problems.Add("the plugin registers no transport and no protocol");
        foreach (var name in plugin.Transports.GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => g.Key))
            report.Problems.Add($"two transports are named {name}");
        foreach (var name in plugin.Protocols.GroupBy(p => p.Name).Where(g => g.Count() > 1).Select(g => g.Key))
            report.Problems.Add($"two protocols are named {name}");
        foreach (var protocol in plugin.Protocols)
        {
            report.Problems.AddRange(DefinitionChecks.Check(protocol.Definition).Select(p => $"protocol {protocol.Name}: {p}"));
            foreach (var identifier in protocol.Definition.Configurations.SelectMany(c => c.Identifier).Prepend(null))
            {
                try
                {
                    var model = protocol.Definition.Resolve(identifier);
                    if (model.Features.Count == 0)
                        report.Problems.Add($"protocol {protocol.Name}: model {model.Name} ({identifier ?? "defaults"}) has no features");
                }
                catch (Exception e)
                {
                    report.Problems.Add($"protocol {protocol.Name}: identifier {identifier ?? "(defaults)"} does not resolve: {e.Message}");
                }
            }
        }
        return report;
    }

    private static void CheckManifest(LoadedPlugin plugin, PluginManifest? manifest, ValidationReport report)
    {
        if (manifest is null)
        {
            report.Warnings.Add($"no {PluginManifest.FileName}: the id and version come from the assembly name and version");
            return;
        }
        if (string.IsNullOrWhiteSpace(manifest.Id))
            report.Warnings.Add($"{PluginManifest.FileName} has no \"id\"");
        if (manifest.Version is { } version && !System.Version.TryParse(version.Split('-', '+')[0], out _))
            report.Problems.Add($"{PluginManifest.FileName} \"version\" {version} is not a version number");
        if (manifest.Kind is { } kind)
        {
            if (!Kinds.Contains(kind))
                report.Problems.Add($"{PluginManifest.FileName} \"kind\" {kind} is not one of {string.Join(", ", Kinds)}");
            else if (kind != plugin.Kind)
                report.Problems.Add($"{PluginManifest.FileName} says kind {kind}, but the plugin registers {plugin.Kind}");
        }
        if (manifest.SdkVersion is { } sdk)
        {
            if (!System.Version.TryParse(sdk, out var declared))
                report.Problems.Add($"{PluginManifest.FileName} \"sdkVersion\" {sdk} is not a version number");
            else if (declared.Major != plugin.SdkVersion.Major || declared.Minor != plugin.SdkVersion.Minor)
                report.Problems.Add($"{PluginManifest.FileName} says SDK {sdk}, but the assembly was built against SDK {plugin.SdkVersion}");
        }
        if (!SdkVersion.IsCompatible(plugin.SdkVersion))
            report.Problems.Add($"built against SDK {plugin.SdkVersion}, this host has {SdkVersion.Current}");
    }
}
