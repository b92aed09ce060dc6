using ButtplugHost.Protocol;
using ButtplugHost.Protocol.Handlers;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;

namespace ButtplugHost.Devices.Groups;

/// <summary>
/// How a group value becomes a member value: the value as a fraction of the group feature's steps,
/// multiplied by the mapping's scale, in steps of the member feature as clients see it (rounded up for
/// speeds, as legacy scalars are; to the nearest step for positions). The member's own output limits
/// then apply as for any client command (<see cref="OutputHandlers.Check"/>).
/// </summary>
internal static class GroupValues
{
    /// <summary>The member command for one group command, in the member's device values.</summary>
    public static OutputCommand ToMember(ConnectedDevice member, FeatureDefinition groupFeature, OutputCommand command, int memberFeature, double scale)
    {
        var groupRange = groupFeature.Output![command.Type].Value;
        var feature = member.Info.Feature((uint)memberFeature)
            ?? throw ButtplugError.Device($"{member.Info.Name} has no feature {memberFeature}.");
        if (feature.Output?.GetValueOrDefault(command.Type) is not { } properties)
            throw ButtplugError.Device($"Feature {memberFeature} of {member.Info.Name} has no {command.Type} output.");
        var steps = Math.Max(Math.Abs(groupRange.Max), Math.Abs(groupRange.Min));
        var fraction = Math.Min(1.0, Math.Abs(command.Value) / (double)steps) * scale;
        var memberSteps = command.Value < 0 ? Math.Abs(properties.Value.Min) : properties.Value.Max;
        var magnitude = OutputStops.HasRestingValue(command.Type)
            ? StepRounding.Scalar(fraction, memberSteps, "group value")
            : (int)Math.Round(fraction * memberSteps, MidpointRounding.AwayFromZero);
        var value = Math.Clamp(command.Value < 0 ? -magnitude : magnitude, properties.Value.Min, properties.Value.Max);
        uint? duration = command.Duration is { } d && properties.Duration is { } range ? (uint)Math.Clamp(d, (uint)Math.Max(0, range.Min), (uint)Math.Max(0, range.Max)) : command.Duration;
        return OutputHandlers.Check(member, (uint)memberFeature, command.Type, value, duration);
    }

    /// <summary>The (member feature, scale) pairs a group feature drives on <paramref name="member"/>.</summary>
    public static IEnumerable<(int Feature, double Scale)> Targets(GroupMember mapping, ConnectedDevice member, int groupFeature, OutputType type) =>
        mapping.Mappings is { } explicitMappings
            ? explicitMappings.Where(m => m.GroupFeature == groupFeature).Select(m => (m.Feature, m.Scale))
            : member.Info.Features.Where(f => f.Output?.ContainsKey(type) == true).Select(f => (f.Index, 1.0));
}
