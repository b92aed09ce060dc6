using ButtplugHost.Devices.Ownership;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Devices.Groups;

/// <summary>
/// Checks the user device config's <c>groups</c>. A group with a mistake is left out as a whole, with
/// every problem named, so a typo never drives a device the user did not mean.
/// </summary>
internal static class GroupDefinitions
{
    /// <summary>A group's index when the entry gives none: 1000 plus its position, far above the indexes devices get.</summary>
    public const uint FirstDefaultIndex = 1000;

    private const int MaxSteps = 10_000;

    public static IReadOnlyList<GroupDefinition> Read(IReadOnlyList<DeviceGroupEntry> entries, out List<string> problems)
    {
        problems = [];
        var groups = new List<GroupDefinition>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var where = $"groups[{i}]" + (string.IsNullOrWhiteSpace(entry.Name) ? "" : $" \"{entry.Name}\"");
            var mine = new List<string>();
            var group = Check(entry, (uint)(FirstDefaultIndex + i), where, mine);
            if (group is not null && groups.Any(g => g.Name == group.Name))
                mine.Add($"{where}: another group has the name \"{group.Name}\".");
            if (group is not null && groups.Any(g => g.Index == group.Index))
                mine.Add($"{where}: another group has the index {group.Index}.");
            if (mine.Count == 0 && group is not null)
                groups.Add(group);
            else
                problems.AddRange(mine.Select(p => p + " The group is left out."));
        }
        return groups;
    }

    private static GroupDefinition? Check(DeviceGroupEntry entry, uint defaultIndex, string where, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(entry.Name))
            problems.Add($"{where}: a group needs a \"name\".");
        OwnershipPolicy? ownership = null;
        if (entry.OutputOwnership is { } text)
        {
            if (OwnershipPolicies.TryParse(text, out var policy))
                ownership = policy;
            else
                problems.Add($"{where}: output_ownership \"{text}\" is neither \"last-writer-wins\" nor \"first-holds\".");
        }
        var features = new List<FeatureDefinition>();
        var featureEntries = entry.Features ?? [];
        if (featureEntries.Count == 0)
            problems.Add($"{where}: a group needs at least one feature ({{\"output\": \"vibrate\", \"steps\": 20}}).");
        for (var f = 0; f < featureEntries.Count; f++)
        {
            var feature = featureEntries[f];
            if (!TryOutputType(feature.Output, out var type))
            {
                problems.Add($"{where}.features[{f}]: output \"{feature.Output}\" is not an output type (vibrate, rotate, oscillate, constrict, temperature, led, position, hw_position_with_duration, spray).");
                continue;
            }
            var steps = feature.Steps ?? 100;
            if (steps is < 1 or > MaxSteps)
            {
                problems.Add($"{where}.features[{f}]: steps must be 1 to {MaxSteps}; got {steps}.");
                continue;
            }
            var properties = new OutputProperties
            {
                Value = type == OutputType.Rotate ? new ValueRange(-steps, steps) : new ValueRange(0, steps),
                Duration = type == OutputType.HwPositionWithDuration ? new ValueRange(0, 100_000) : null,
            };
            features.Add(new FeatureDefinition { Index = f, Description = feature.Description ?? "", Output = new() { [type] = properties } });
        }
        var members = new List<GroupMember>();
        var memberEntries = entry.Members ?? [];
        if (memberEntries.Count == 0)
            problems.Add($"{where}: a group needs at least one member ({{\"address\": \"…\"}}).");
        for (var m = 0; m < memberEntries.Count; m++)
        {
            var member = memberEntries[m];
            if (string.IsNullOrWhiteSpace(member.Address))
            {
                problems.Add($"{where}.members[{m}]: a member needs the device's \"address\".");
                continue;
            }
            List<GroupMapping>? mappings = null;
            if (member.Outputs is { } outputs)
            {
                mappings = [];
                foreach (var (mapping, n) in outputs.Select((o, n) => (o, n)))
                {
                    var scale = mapping.Scale ?? 1;
                    if (mapping.GroupFeature < 0 || mapping.GroupFeature >= featureEntries.Count)
                        problems.Add($"{where}.members[{m}].outputs[{n}]: group_feature {mapping.GroupFeature} is not a feature of the group (it has {featureEntries.Count}).");
                    else if (mapping.Feature < 0)
                        problems.Add($"{where}.members[{m}].outputs[{n}]: feature must not be negative.");
                    else if (double.IsNaN(scale) || scale < 0 || scale > 1)
                        problems.Add($"{where}.members[{m}].outputs[{n}]: scale must be 0 to 1; got {scale}.");
                    else
                        mappings.Add(new GroupMapping(mapping.GroupFeature, mapping.Feature, scale));
                }
            }
            if (members.Any(x => x.Address == member.Address && x.Protocol == member.Protocol))
                problems.Add($"{where}.members[{m}]: {member.Address} is listed twice.");
            members.Add(new GroupMember(member.Address, member.Protocol, mappings));
        }
        return problems.Count > 0 ? null : new GroupDefinition(entry.Name!, entry.Index ?? defaultIndex, ownership, features, members);
    }

    /// <summary>Output type names as definition files write them (<c>hw_position_with_duration</c>) or as enum names.</summary>
    public static bool TryOutputType(string? name, out OutputType type)
    {
        var plain = (name ?? "").Replace("_", "", StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<OutputType>())
        {
            if (candidate.ToString().Equals(plain, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }
}
