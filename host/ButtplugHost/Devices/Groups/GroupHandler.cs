using ButtplugHost.Protocol;
using ButtplugHost.Sdk.Hardware;
using ButtplugHost.Sdk.Protocols;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Devices.Groups;

/// <summary>
/// The "protocol" of a device group: each batch of group outputs becomes one batch per connected
/// member, queued on that member (so each keeps its own message gap, merge window and limits). A
/// member that is not connected is skipped; the group works with the others. The group's stop stops
/// every connected member.
/// </summary>
internal sealed class GroupHandler(ProtocolDevice device, GroupDefinition group, Func<GroupMember, ConnectedDevice?> findMember) : ProtocolHandler(device)
{
    private static readonly TimeSpan MemberStopWait = TimeSpan.FromSeconds(3);
    private readonly HashSet<string> _reported = [];

    public override IReadOnlyList<HardwareCommand> HandleOutputs(IReadOnlyList<OutputCommand> commands)
    {
        foreach (var mapping in group.Members)
        {
            if (findMember(mapping) is not { } member)
                continue;
            var memberCommands = new List<OutputCommand>();
            foreach (var command in commands)
            {
                var groupFeature = group.Features[command.FeatureIndex];
                foreach (var (feature, scale) in GroupValues.Targets(mapping, member, command.FeatureIndex, command.Type))
                {
                    try
                    {
                        memberCommands.Add(GroupValues.ToMember(member, groupFeature, command, feature, scale));
                    }
                    catch (ButtplugError e)
                    {
                        ReportOnce($"{mapping.Address}/{command.FeatureIndex}/{feature}", e.Message);
                    }
                }
            }
            if (memberCommands.Count > 0)
                member.QueueOutputs(memberCommands);
        }
        return [];
    }

    public override IReadOnlyList<HardwareCommand> HandleStop() => [new StopMembers(this)];

    private async Task StopMembersAsync()
    {
        var members = group.Members.Select(findMember).OfType<ConnectedDevice>().ToList();
        await Task.WhenAll(members.Select(async member =>
        {
            try
            {
                await member.StopAsync(outputs: true, inputs: false).WaitAsync(MemberStopWait);
            }
            catch (Exception e)
            {
                // A member vanishing during the stop must not fail the group's stop for the others.
                Device.Logger.LogWarning("Group {Group}: member {Member} did not stop: {Error}", group.Name, member.Info.Name, e.Message);
            }
        }));
    }

    private void ReportOnce(string key, string problem)
    {
        lock (_reported)
        {
            if (!_reported.Add(key))
                return;
        }
        Device.Logger.LogWarning("Group {Group}: {Problem} (this member output is skipped)", group.Name, problem);
    }

    /// <summary>The group's stop, run by the group's scheduler like a write, so it completes when every member has stopped.</summary>
    private sealed record StopMembers(GroupHandler Handler) : HardwareCommand("group")
    {
        public override Task ExecuteAsync(IHardware hardware, CancellationToken cancellationToken) => Handler.StopMembersAsync();
    }
}
