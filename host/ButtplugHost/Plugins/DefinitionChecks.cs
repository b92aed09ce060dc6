using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Plugins;

/// <summary>Sanity checks of a protocol's device definition, for --validate-plugin.</summary>
internal static class DefinitionChecks
{
    public static IEnumerable<string> Check(ProtocolDefinition definition)
    {
        if (definition.Communication.Count == 0)
            yield return "no communication specifier: no device can ever match it";
        foreach (var c in definition.Communication)
        {
            if (c.Btle is null && c.Serial is null && c.Hid is null && c.Websocket is null && c.LovenseConnectService is null && c.Xinput is null)
                yield return "a communication entry names no known bus (btle, serial, hid, websocket, lovense_connect_service, xinput)";
            if (c.Btle is { } b && b.Names.Count == 0 && b.ManufacturerData.Count == 0 && b.AdvertisedServices.Count == 0)
                yield return "a btle specifier has no names, manufacturer data or advertised services to match on";
        }
        var models = definition.Configurations.Prepend(definition.Defaults);
        foreach (var model in models)
        {
            var label = model == definition.Defaults ? "defaults" : $"model {model.Name ?? string.Join("/", model.Identifier)}";
            var features = model.Features ?? definition.Defaults.Features ?? [];
            if (features.Select(f => f.Index).Distinct().Count() != features.Count)
                yield return $"{label}: two features share an index";
            foreach (var f in features)
            {
                foreach (var (type, p) in f.Output ?? [])
                {
                    if (p.Value.Max <= 0)
                        yield return $"{label}: feature {f.Index} {type} range {p.Value} has no positive steps";
                    if (type == OutputType.HwPositionWithDuration && p.Duration is null)
                        yield return $"{label}: feature {f.Index} hw_position_with_duration has no duration range";
                }
                foreach (var (type, p) in f.Input ?? [])
                {
                    if (p.Command.Count == 0)
                        yield return $"{label}: feature {f.Index} {type} input allows no command";
                }
            }
        }
        foreach (var dup in definition.Configurations.SelectMany(c => c.Identifier).GroupBy(i => i).Where(g => g.Count() > 1))
            yield return $"identifier {dup.Key} selects more than one model";
    }
}
