using ButtplugHost.Devices;
using ButtplugHost.Devices.Groups;
using ButtplugHost.Devices.Ownership;
using ButtplugHost.Devices.UserConfig;
using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ButtplugHost.Tests.Devices.Sharing;

/// <summary>Device groups as the user device config gives them, and how a group value becomes each member's.</summary>
public sealed class DeviceGroupDefinitionTests
{
    private static IReadOnlyList<GroupDefinition> Read(string groupsJson, out List<string> problems)
    {
        var file = UserConfigFile.Parse("""{"version":{"major":4,"minor":0},"user_configs":{"groups":""" + groupsJson + "}}");
        return GroupDefinitions.Read(file.UserConfigs!.Groups!, out problems);
    }

    [Fact]
    public void A_group_is_read_with_its_features_members_mappings_and_default_index()
    {
        var groups = Read("""
            [{"name": "Pair", "output_ownership": "first-holds",
              "features": [{"output": "vibrate", "steps": 20}, {"output": "Rotate"}],
              "members": [{"address": "A1", "protocol": "lovense", "outputs": [{"group_feature": 0, "feature": 0, "scale": 0.5}]}, {"address": "B2"}]}]
            """, out var problems);
        Assert.Empty(problems);
        var group = Assert.Single(groups);
        Assert.Equal(1000u, group.Index);
        Assert.Equal(OwnershipPolicy.FirstHolds, group.Ownership);
        Assert.Equal(new ValueRange(0, 20), group.Features[0].Output![OutputType.Vibrate].Value);
        Assert.Equal(new ValueRange(-100, 100), group.Features[1].Output![OutputType.Rotate].Value);
        Assert.Equal(new GroupMapping(0, 0, 0.5), Assert.Single(group.Members[0].Mappings!));
        Assert.Null(group.Members[1].Mappings);
        Assert.Equal("group:Pair", group.Address);
    }

    [Fact]
    public void A_group_with_a_mistake_is_left_out_with_every_problem_named()
    {
        var groups = Read("""
            [{"name": "Bad", "features": [{"output": "wiggle"}, {"output": "vibrate", "steps": 0}],
              "members": [{"address": "A1", "outputs": [{"group_feature": 5, "feature": 0}, {"group_feature": 0, "feature": 0, "scale": 2}]}, {}]},
             {"features": [{"output": "vibrate"}], "members": [{"address": "A1"}]},
             {"name": "Good", "index": 7, "features": [{"output": "vibrate"}], "members": [{"address": "A1"}]},
             {"name": "Good", "features": [{"output": "vibrate"}], "members": [{"address": "A1"}]}]
            """, out var problems);
        Assert.Equal("Good", Assert.Single(groups).Name);
        Assert.Equal(7u, groups[0].Index);
        Assert.Contains(problems, p => p.Contains("output \"wiggle\" is not an output type", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("steps must be 1 to 10000; got 0", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("group_feature 5 is not a feature of the group", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("scale must be 0 to 1; got 2", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("a member needs the device's \"address\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("a group needs a \"name\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("another group has the name \"Good\"", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.EndsWith("The group is left out.", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_group_value_becomes_each_members_value_in_its_own_steps()
    {
        var group = Assert.Single(Read("""
            [{"name": "G", "features": [{"output": "vibrate", "steps": 20}, {"output": "rotate", "steps": 10}, {"output": "hw_position_with_duration", "steps": 100}],
              "members": [{"address": "M"}]}]
            """, out _));
        await using var member = Member(
            new() { Index = 0, Output = new() { [OutputType.Vibrate] = new OutputProperties { Value = new ValueRange(0, 255) } } },
            new() { Index = 1, Output = new() { [OutputType.Rotate] = new OutputProperties { Value = new ValueRange(-15, 15) } } },
            new() { Index = 2, Output = new() { [OutputType.HwPositionWithDuration] = new OutputProperties { Value = new ValueRange(0, 99), Duration = new ValueRange(0, 500) } } });

        // Speeds round up, as legacy scalars do; a scale shrinks the value.
        Assert.Equal(new OutputCommand(0, OutputType.Vibrate, 128), GroupValues.ToMember(member, group.Features[0], new(0, OutputType.Vibrate, 10), 0, 1.0));
        Assert.Equal(new OutputCommand(0, OutputType.Vibrate, 64), GroupValues.ToMember(member, group.Features[0], new(0, OutputType.Vibrate, 10), 0, 0.5));
        Assert.Equal(new OutputCommand(0, OutputType.Vibrate, 0), GroupValues.ToMember(member, group.Features[0], new(0, OutputType.Vibrate, 0), 0, 1.0));
        // Direction carries over.
        Assert.Equal(new OutputCommand(1, OutputType.Rotate, -8), GroupValues.ToMember(member, group.Features[1], new(1, OutputType.Rotate, -5), 1, 1.0));
        // Positions go to the nearest step; a duration beyond the member's range is held to it.
        Assert.Equal(new OutputCommand(2, OutputType.HwPositionWithDuration, 50, 500), GroupValues.ToMember(member, group.Features[2], new(2, OutputType.HwPositionWithDuration, 50, 2000), 2, 1.0));
        // Without mappings, a group feature drives every member feature of its type.
        Assert.Equal([(0, 1.0)], GroupValues.Targets(group.Members[0], member, 0, OutputType.Vibrate));
        var missing = Assert.Throws<ButtplugHost.Protocol.ButtplugError>(() => GroupValues.ToMember(member, group.Features[0], new(0, OutputType.Vibrate, 10), 1, 1.0));
        Assert.Contains("has no Vibrate output", missing.Message, StringComparison.Ordinal);
    }

    private static ConnectedDevice Member(params FeatureDefinition[] features)
    {
        var hardware = MemoryHardware.Create("member");
        var configuration = new ResolvedDeviceConfiguration("text", null, "Member", 0, features, true);
        var info = new DeviceInfo(0, "Member", null, 0, features, [Endpoints.Tx]);
        return new ConnectedDevice(info, hardware.Identity, "text", "test", hardware, new NoHandler(new ProtocolDevice(hardware, configuration, NullLogger.Instance)), NullLogger.Instance, TimeProvider.System);
    }

    private sealed class NoHandler(ProtocolDevice device) : ProtocolHandler(device);
}
