using ButtplugHost.Devices.Ownership;
using ButtplugHost.Sdk.Definitions;

namespace ButtplugHost.Devices.Groups;

/// <summary>A checked device group: what clients see (index, name, features) and how it reaches its members.</summary>
internal sealed record GroupDefinition(string Name, uint Index, OwnershipPolicy? Ownership, IReadOnlyList<FeatureDefinition> Features, IReadOnlyList<GroupMember> Members)
{
    /// <summary>The address a group has in its identity (and on the status page).</summary>
    public string Address => "group:" + Name;

    /// <summary>True when <paramref name="device"/> is one of the members.</summary>
    public GroupMember? MemberFor(ConnectedDevice device) =>
        Members.FirstOrDefault(m => m.Address == device.Identity.Address && (m.Protocol is null || m.Protocol == device.Protocol));
}

/// <summary>A member device, by address (and protocol when given); null mappings mean "same output type, unscaled".</summary>
internal sealed record GroupMember(string Address, string? Protocol, IReadOnlyList<GroupMapping>? Mappings);

/// <summary>Group feature <paramref name="GroupFeature"/> drives the member's feature <paramref name="Feature"/>, its value multiplied by <paramref name="Scale"/>.</summary>
internal sealed record GroupMapping(int GroupFeature, int Feature, double Scale);
