using ButtplugHost.Sdk.Definitions;
using ButtplugHost.Sdk.Protocols;
using ButtplugHost.Sdk.Transports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ButtplugHost.Devices.Groups;

/// <summary>
/// Keeps the user's device groups in the device list: a group appears (as an ordinary device, under
/// its own index) when its first member connects and goes away when its last member does. Between
/// the two, members come and go without clients noticing anything but the members themselves.
/// </summary>
internal sealed class DeviceGroups : IHostedService
{
    private readonly DeviceManager _devices;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly IReadOnlyList<GroupDefinition> _groups;
    private readonly object _gate = new();
    private readonly Dictionary<GroupDefinition, ConnectedDevice> _present = [];

    public DeviceGroups(DeviceManager devices, UserDeviceConfig userConfig, ILoggerFactory loggerFactory, TimeProvider time)
    {
        _devices = devices;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<DeviceGroups>();
        _time = time;
        _groups = GroupDefinitions.Read(userConfig.Groups, out var problems);
        foreach (var problem in problems)
            _logger.LogWarning("User device config {Path}: {Problem}", userConfig.FilePath, problem);
        if (_groups.Count > 0)
            _logger.LogInformation("{Count} device groups: {Groups}", _groups.Count, string.Join(", ", _groups.Select(g => $"{g.Name} (index {g.Index}, {g.Members.Count} members)")));
    }

    /// <summary>The checked groups of the user device config.</summary>
    public IReadOnlyList<GroupDefinition> Groups => _groups;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_groups.Count == 0)
            return Task.CompletedTask;
        _devices.DeviceAdded += OnDeviceAdded;
        _devices.DeviceRemoved += OnDeviceRemoved;
        foreach (var device in _devices.Devices)
            OnDeviceAdded(device);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _devices.DeviceAdded -= OnDeviceAdded;
        _devices.DeviceRemoved -= OnDeviceRemoved;
        return Task.CompletedTask;
    }

    private void OnDeviceAdded(ConnectedDevice device)
    {
        if (device.Hardware is GroupHardware)
            return;
        foreach (var group in _groups.Where(g => g.MemberFor(device) is not null))
        {
            ConnectedDevice groupDevice;
            lock (_gate)
            {
                if (_present.ContainsKey(group))
                    continue;
                groupDevice = Create(group);
                _present[group] = groupDevice;
            }
            _logger.LogInformation("Group {Group}: {Member} connected; the group is device {Index}", group.Name, device.Info.Name, group.Index);
            if (!_devices.AddVirtual(groupDevice))
            {
                lock (_gate)
                    _present.Remove(group);
                _ = groupDevice.DisposeAsync().AsTask();
            }
        }
    }

    private void OnDeviceRemoved(ConnectedDevice device)
    {
        if (device.Hardware is GroupHardware)
            return;
        foreach (var group in _groups.Where(g => g.MemberFor(device) is not null))
        {
            ConnectedDevice? groupDevice;
            lock (_gate)
            {
                if (!_present.TryGetValue(group, out groupDevice) || group.Members.Any(m => FindMember(m) is not null))
                    continue;
                _present.Remove(group);
            }
            _logger.LogInformation("Group {Group}: its last member left; the group is removed", group.Name);
            _ = _devices.RemoveVirtualAsync(groupDevice);
        }
    }

    private ConnectedDevice? FindMember(GroupMember member) =>
        _devices.Devices.FirstOrDefault(d => d.Hardware is not GroupHardware && d.Identity.Address == member.Address && (member.Protocol is null || member.Protocol == d.Protocol));

    private ConnectedDevice Create(GroupDefinition group)
    {
        var identity = new DeviceIdentity { Transport = "group", Bus = BusKind.WebSocket, Address = group.Address, Name = group.Name };
        var hardware = new GroupHardware(identity);
        var logger = _loggerFactory.CreateLogger("ButtplugHost.Device.group");
        var configuration = new ResolvedDeviceConfiguration("group", null, group.Name, 0, group.Features, IsKnownModel: true);
        var handler = new GroupHandler(new ProtocolDevice(hardware, configuration, logger), group, FindMember);
        var info = new DeviceInfo(group.Index, group.Name, null, 0, group.Features, []);
        return new ConnectedDevice(info, identity, "group", "(host)", hardware, handler, logger, _time) { Ownership = group.Ownership };
    }
}
