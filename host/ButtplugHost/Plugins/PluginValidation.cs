using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins;

/// <summary>What --validate-plugin found: problems make the plugin invalid, warnings do not.</summary>
internal sealed record ValidationReport(List<string> Problems, List<string> Warnings);

/// <summary>
/// Checks of a plugin folder from its data alone (manifest, device definitions, the assembly's
/// metadata): nothing of the plugin is loaded or run, exactly as the host indexes it.
/// </summary>
internal static class PluginValidation
{
    private static readonly string[] Kinds = ["protocol", "transport", "mixed"];

    public static ValidationReport Check(PluginInspection plugin)
    {
        var report = new ValidationReport([], []);
        CheckManifest(plugin, report);
        var definitions = plugin.Data.Definitions;
        if (definitions is null)
        {
            if (plugin.Kind is "protocol" or "mixed")
                report.Warnings.Add($"no {PluginData.DefinitionsFileName} beside the assembly: the host loads the plugin at start to learn its protocols (the SDK's build targets copy it)");
        }
        else if (definitions.Count == 0)
        {
            report.Problems.Add($"{PluginData.DefinitionsFileName} defines no protocol");
        }
        else
        {
            report.Problems.AddRange(CheckDefinitions(definitions));
        }
        return report;
    }

    /// <summary>The definition problems of each protocol, prefixed with its name.</summary>
    public static IEnumerable<string> CheckDefinitions(IEnumerable<ProtocolDefinition> definitions)
    {
        foreach (var protocol in definitions)
        {
            foreach (var problem in DefinitionChecks.Check(protocol))
                yield return $"protocol {protocol.Name}: {problem}";
            foreach (var identifier in protocol.Configurations.SelectMany(c => c.Identifier).Prepend(null))
            {
                string? problem = null;
                try
                {
                    var model = protocol.Resolve(identifier);
                    if (model.Features.Count == 0)
                        problem = $"protocol {protocol.Name}: model {model.Name} ({identifier ?? "defaults"}) has no features";
                }
                catch (Exception e)
                {
                    problem = $"protocol {protocol.Name}: identifier {identifier ?? "(defaults)"} does not resolve: {e.Message}";
                }
                if (problem is not null)
                    yield return problem;
            }
        }
    }

    private static void CheckManifest(PluginInspection plugin, ValidationReport report)
    {
        if (plugin.Data.Manifest is not { } manifest)
        {
            report.Warnings.Add($"no {PluginManifest.FileName}: the id and version come from the assembly name and version, and the host loads the plugin at start");
            return;
        }
        if (string.IsNullOrWhiteSpace(manifest.Id))
            report.Warnings.Add($"{PluginManifest.FileName} has no \"id\": the host loads the plugin at start");
        if (manifest.Version is { } version && !System.Version.TryParse(version.Split('-', '+')[0], out _))
            report.Problems.Add($"{PluginManifest.FileName} \"version\" {version} is not a version number");
        if (manifest.Kind is { } kind && !Kinds.Contains(kind))
            report.Problems.Add($"{PluginManifest.FileName} \"kind\" {kind} is not one of {string.Join(", ", Kinds)}");
        if (manifest.LoadWhen is { } when && !string.Equals(when, "start", StringComparison.OrdinalIgnoreCase) && !string.Equals(when, ScanTimeLoad.OnScan, StringComparison.OrdinalIgnoreCase))
            report.Problems.Add($"{PluginManifest.FileName} \"loadWhen\" {when} is not one of start, scan");
        else if (manifest.LoadWhen is not null && manifest.Kind is not ("transport" or "mixed"))
            report.Warnings.Add($"{PluginManifest.FileName} \"loadWhen\" applies to transport and mixed plugins only: it is ignored");
        if (manifest.SdkVersion is { } sdk)
        {
            if (!System.Version.TryParse(sdk, out var declared))
                report.Problems.Add($"{PluginManifest.FileName} \"sdkVersion\" {sdk} is not a version number");
            else if (declared.Major != plugin.Sdk.Major || declared.Minor != plugin.Sdk.Minor)
                report.Problems.Add($"{PluginManifest.FileName} says SDK {sdk}, but the assembly was built against SDK {plugin.Sdk}");
        }
        else if (manifest.Kind == "protocol")
        {
            report.Warnings.Add($"{PluginManifest.FileName} has no \"sdkVersion\": the host loads the plugin at start");
        }
    }
}
