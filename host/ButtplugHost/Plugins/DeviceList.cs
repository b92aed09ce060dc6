using System.Globalization;
using System.Text;
using System.Text.Json;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins;

/// <summary>One supported model, as --list-devices prints it.</summary>
internal sealed record DeviceListRow(string Model, string Protocol, string Plugin, string Bus, string Features);

/// <summary>
/// --list-devices: every model named by the installed plugins' device definitions (read as data, no
/// plugin code runs), with its protocol, plugin, bus and features; as plain text or as the Markdown of
/// docs/devices.md.
/// </summary>
internal static class DeviceList
{
    /// <summary>The command that regenerates docs/devices.md (printed in it, and by the test that keeps it current).</summary>
    public const string RegenerateCommand = "./scripts/run.sh --list-devices --format markdown > docs/devices.md";

    // Protocols of the reference's device configuration that no implementation anywhere serves; named
    // in the document so their absence is deliberate, not an oversight.
    private static readonly string[] UnimplementedInReference = ["cueme", "libo-karen", "muse", "sayberx", "twerkingbutt"];

    public static IReadOnlyList<DeviceListRow> Rows(IEnumerable<PluginInspection> plugins) =>
        [.. plugins
            .SelectMany(p => (p.Data.Definitions ?? []).SelectMany(d => Models(d).Select(m => new DeviceListRow(m.Name, d.Name, p.Id, Buses(d), Features(m.Features)))))
            .Distinct()
            .OrderBy(r => r.Model, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Model, StringComparer.Ordinal).ThenBy(r => r.Protocol, StringComparer.Ordinal)];

    public static string Text(IReadOnlyList<DeviceListRow> rows)
    {
        var text = new StringBuilder();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Model.Length);
        foreach (var r in rows)
            text.AppendLine(CultureInfo.InvariantCulture, $"{r.Model.PadRight(width)}  {r.Protocol} ({r.Plugin}; {r.Bus}): {r.Features}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{rows.Count} models, {rows.Select(r => r.Protocol).Distinct().Count()} protocols, {rows.Select(r => r.Plugin).Distinct().Count()} plugins");
        return text.ToString();
    }

    public static string Markdown(IReadOnlyList<DeviceListRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("# Supported devices");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Every model the plugins' device definitions name: {rows.Count} models of {rows.Select(r => r.Protocol).Distinct().Count()} protocols in {rows.Select(r => r.Plugin).Distinct().Count()} plugins.");
        text.AppendLine("Generated from each plugin's `devices.json` by the server (no plugin code runs); do not edit by hand. After");
        text.AppendLine("adding or changing a plugin, regenerate it with:");
        text.AppendLine();
        text.AppendLine("```sh");
        text.AppendLine(RegenerateCommand);
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("A model not listed may still work: a protocol also serves unknown models it recognises (with its default");
        text.AppendLine("features), and `--device-config-file` adds models to installed protocols ([configuration](configuration.md)).");
        text.AppendLine("Features: outputs (`vibrate ×2` = two vibrators), then the inputs the device reads (`reads battery`).");
        var missing = UnimplementedInReference.Where(p => !rows.Any(r => r.Protocol == p)).ToList();
        if (missing.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Left out: the reference server's device configuration also lists {string.Join(", ", missing.Select(p => $"`{p}`"))}, which have no implementation anywhere (not in the reference either), so no plugin serves them.");
        }
        text.AppendLine();
        text.AppendLine("| Model | Protocol | Plugin | Bus | Features |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var r in rows)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(r.Model)} | {Cell(r.Protocol)} | {Cell(r.Plugin)} | {Cell(r.Bus)} | {Cell(r.Features)} |");
        return text.ToString();
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal);

    // The named models; a protocol without any is listed by its defaults.
    private static IEnumerable<(string Name, IReadOnlyList<FeatureDefinition> Features)> Models(ProtocolDefinition definition) =>
        definition.Configurations.Count == 0
            ? [(definition.Defaults.Name ?? definition.Name, definition.Defaults.Features ?? [])]
            : definition.Configurations.Select(c => (c.Name ?? definition.Defaults.Name ?? definition.Name, (IReadOnlyList<FeatureDefinition>)(c.Features ?? definition.Defaults.Features ?? [])));

    private static string Buses(ProtocolDefinition definition)
    {
        var buses = definition.Communication.SelectMany(c => new[]
        {
            c.Btle is null ? null : "Bluetooth LE",
            c.Serial is null ? null : "serial",
            c.Hid is null ? null : "HID",
            c.Websocket is null ? null : "network",
        }).OfType<string>().Distinct().ToList();
        return buses.Count == 0 ? "none" : string.Join(", ", buses);
    }

    private static string Features(IReadOnlyList<FeatureDefinition> features)
    {
        var outputs = Counted(features.SelectMany(f => f.Output?.Keys ?? Enumerable.Empty<OutputType>()).Select(Name));
        var inputs = Counted(features.SelectMany(f => f.Input?.Keys ?? Enumerable.Empty<InputType>()).Select(Name));
        return (outputs, inputs) switch
        {
            ("", "") => "none",
            (_, "") => outputs,
            ("", _) => "reads " + inputs,
            _ => $"{outputs}; reads {inputs}",
        };
    }

    private static string Counted(IEnumerable<string> names) =>
        string.Join(", ", names.GroupBy(n => n).Select(g => g.Count() == 1 ? g.Key : $"{g.Key} ×{g.Count()}"));

    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
